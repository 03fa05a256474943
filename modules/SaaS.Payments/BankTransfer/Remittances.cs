using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Media;
using SaaS.Orders.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Payments;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Payments.BankTransfer;

/// <summary>
/// The payer's side of a bank transfer: telling the operator what was remitted, with the slip, and reading it back.
/// Slips show bank accounts and amounts, so they are kept in the tenant's private files (<c>Payments/{paymentId}</c>),
/// never under the public media URL, and served only to the payer and to operators through guarded endpoints.
/// </summary>
public sealed class Remittances(PaymentsDbContext db, PaymentViews views, ITenant tenant, ITenantDatabase database, MarketplaceCalendar calendar, TimeProvider clock)
{
    public const long MaxSlipBytes = 5 * 1024 * 1024;

    private static readonly IReadOnlyDictionary<string, string> SlipTypes = new Dictionary<string, string>
    {
        ["pdf"] = "application/pdf", ["png"] = "image/png", ["jpg"] = "image/jpeg", ["gif"] = "image/gif", ["webp"] = "image/webp",
    };

    /// <summary>The payer's own payment; anyone else's is not found.</summary>
    public async Task<Payment> FindAsync(Payer payer, Guid paymentId, CancellationToken cancellationToken) =>
        await Mine(payer, paymentId).AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw NotYours();

    /// <summary>
    /// Records a remittance of a bank-transfer payment waiting for money (nothing or only part received yet) and
    /// puts it in the operator's queue; a payment whose slip is already being checked takes no other (409).
    /// </summary>
    public async Task<PaymentView> SubmitAsync(Payer payer, Guid paymentId, RemittanceForm form, CancellationToken cancellationToken)
    {
        var payment = await Mine(payer, paymentId).SingleOrDefaultAsync(cancellationToken) ?? throw NotYours();
        if (payment.Method != BankTransferProvider.MethodName) throw new ConflictException("method", "Only a bank transfer takes a remittance slip.");
        if (payment.State is not (PaymentState.Pending or PaymentState.PartlyReceived))
        {
            throw new ConflictException("state", payment.State == PaymentState.Submitted
                ? "A remittance of this payment is waiting for the operator's check."
                : $"The payment is {payment.State}; it takes no remittance.");
        }

        var errors = new Dictionary<string, string[]>();
        var reference = form.Reference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 100) errors["reference"] = ["Give the bank's serial number of the transfer (up to 100 characters)."];
        if (!decimal.TryParse(form.Amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            errors["amount"] = ["Give the amount remitted, above zero with at most two decimals, e.g. 1280.50."];
        }
        if (!DateOnly.TryParseExact(form.PaidOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var paidOn)) errors["paidOn"] = ["Give the day of the transfer as 2026-03-31."];
        else if (paidOn > calendar.Today) errors["paidOn"] = [$"The transfer cannot be dated after today ({calendar.Today:yyyy-MM-dd})."];
        var slip = await ReadSlipAsync(form.Slip, errors, cancellationToken);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var remittance = new Remittance
        {
            PaymentId = payment.Id, Reference = reference!, Amount = amount, PaidOn = paidOn, SlipFile = $"{Guid.CreateVersion7():N}.{slip!.Value.Extension}",
            SlipContentType = SlipTypes[slip.Value.Extension], SubmittedBy = payer.Email, SubmittedUtc = clock.GetUtcNow(), State = RemittanceState.Submitted,
        };
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Remittances.Add(remittance);
        payment.State = PaymentState.Submitted;
        payment.LastError = null;
        payment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("state", "The payment changed while you submitted; look at it again.");
        }
        Directory.CreateDirectory(Folder(payment.Id));
        var path = Path.Combine(Folder(payment.Id), remittance.SlipFile);
        await File.WriteAllBytesAsync(path, slip.Value.Bytes, cancellationToken);
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        return await views.ViewAsync(payment, payer.Path, cancellationToken);
    }

    /// <summary>The slip of a remittance of <paramref name="paymentId"/>, which the caller is already allowed to read.</summary>
    public async Task<SlipFile> SlipAsync(Guid paymentId, Guid remittanceId, CancellationToken cancellationToken)
    {
        var remittance = await db.Remittances.AsNoTracking().SingleOrDefaultAsync(r => r.Id == remittanceId && r.PaymentId == paymentId, cancellationToken)
            ?? throw new NotFoundException("remittanceId", "The payment has no such remittance.");
        var path = Path.Combine(Folder(paymentId), remittance.SlipFile);
        if (!File.Exists(path)) throw new NotFoundException("remittanceId", "The slip's file is gone.");
        return new SlipFile(path, remittance.SlipContentType);
    }

    public async Task<SlipFile> SlipAsync(Payer payer, Guid paymentId, Guid remittanceId, CancellationToken cancellationToken)
    {
        await FindAsync(payer, paymentId, cancellationToken);
        return await SlipAsync(paymentId, remittanceId, cancellationToken);
    }

    private IQueryable<Payment> Mine(Payer payer, Guid paymentId) =>
        db.Payments.Include(p => p.Orders).Where(p => p.Id == paymentId && p.CompanyId == payer.CompanyId && p.MerchantId == payer.MerchantId);

    private static NotFoundException NotYours() => new("paymentId", "You have no such payment.");

    /// <summary>An image or a PDF, told by its first bytes whatever name or type the browser sent.</summary>
    private static async Task<(byte[] Bytes, string Extension)?> ReadSlipAsync(IFormFile? file, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            errors["slip"] = ["Attach the bank slip (an image or a PDF)."];
            return null;
        }
        if (file.Length > MaxSlipBytes)
        {
            errors["slip"] = [$"A slip may be at most {MaxSlipBytes / 1024 / 1024} MB; this one is {file.Length / 1024.0 / 1024:0.0} MB."];
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var extension = bytes.AsSpan().StartsWith("%PDF-"u8) ? "pdf" : ImageFormats.Detect(bytes);
        if (extension is null)
        {
            errors["slip"] = ["The slip must be a PDF or a PNG, JPEG, WebP or GIF image."];
            return null;
        }
        return (bytes, extension);
    }

    private string Folder(Guid paymentId) => Path.Combine(tenant.FilesPath, "Payments", paymentId.ToString("N"));
}
