using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Data;
using SaaS.Problems;

namespace SaaS.Payments.Payments;

/// <summary>
/// Payments as the operator reads them: a paged list (the transfers waiting for confirmation, oldest first, with the
/// latest remittance of each) and one payment with its payer's name.
/// </summary>
public sealed class OperatorPayments(PaymentsDbContext db, PaymentViews views, IEnumerable<IPaymentProvider> providers, ICompanyDirectory companies, IMerchantDirectory merchants)
{
    /// <summary>Where the operator reads payments: the links an operator's view carries point here.</summary>
    public const string Path = "/api/admin/payments";

    public PaymentQuery Parse(string? state, string? method, string? purpose, string? page, string? pageSize) =>
        PaymentQuery.Parse(state, method, purpose, page, pageSize, providers.Select(p => p.Method).ToList());

    public async Task<OperatorPaymentList> ListAsync(PaymentQuery query, CancellationToken cancellationToken)
    {
        var payments = db.Payments.AsNoTracking();
        if (query.State is { } state) payments = payments.Where(p => p.State == state);
        if (query.Method is { } method) payments = payments.Where(p => p.Method == method);
        if (query.Purpose is { } purpose) payments = payments.Where(p => p.Purpose == purpose);
        var total = await payments.CountAsync(cancellationToken);
        var page = await payments.OrderBy(p => p.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new OperatorPaymentList(await RowsAsync(page, cancellationToken), query.Page, query.PageSize, total);
    }

    /// <summary>
    /// Bank transfers with a surplus no order took, waiting to be sent back, oldest first. The surplus is judged here:
    /// SQLite cannot compare decimals in SQL.
    /// </summary>
    public async Task<IReadOnlyList<OperatorPaymentRow>> WithExcessAsync(CancellationToken cancellationToken)
    {
        var received = await db.Payments.AsNoTracking()
            .Where(p => p.Method == BankTransferProvider.MethodName && (p.State == PaymentState.Succeeded || p.State == PaymentState.PartlyReceived))
            .OrderByDescending(p => p.Id).Take(1000).ToListAsync(cancellationToken);
        return await RowsAsync(received.Where(p => p.Unapplied > 0).OrderBy(p => p.Id).ToList(), cancellationToken);
    }

    private async Task<IReadOnlyList<OperatorPaymentRow>> RowsAsync(IReadOnlyList<Payment> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(p => p.Id).ToList();
        var latest = (await db.Remittances.AsNoTracking().Where(r => ids.Contains(r.PaymentId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.PaymentId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
        var companyNames = await companies.FindAsync(page.Where(p => p.CompanyId is not null).Select(p => p.CompanyId!.Value).Distinct().ToList(), cancellationToken);
        var merchantNames = await merchants.FindAsync(page.Where(p => p.MerchantId is not null).Select(p => p.MerchantId!.Value).Distinct().ToList(), cancellationToken);
        return page.Select(p => new OperatorPaymentRow(
            p.Id, p.Method, p.Purpose.ToString(), p.State.ToString(), p.Amount, p.Received, p.Unapplied, p.Currency, p.ProviderReference,
            p.CompanyId, p.CompanyId is { } c ? companyNames.GetValueOrDefault(c)?.Name : null, p.MerchantId, p.MerchantId is { } m ? merchantNames.GetValueOrDefault(m)?.Name : null,
            p.CreatedUtc, latest.TryGetValue(p.Id, out var r) ? RemittanceView.Of(r, $"{Path}/{p.Id}/remittances/{r.Id}/slip") : null)).ToList();
    }

    public async Task<OperatorPaymentView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().Include(p => p.Orders).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("paymentId", "There is no such payment.");
        var company = payment.CompanyId is { } companyId ? (await companies.FindAsync([companyId], cancellationToken)).GetValueOrDefault(companyId) : null;
        var merchant = payment.MerchantId is { } merchantId ? (await merchants.FindAsync([merchantId], cancellationToken)).GetValueOrDefault(merchantId) : null;
        return new OperatorPaymentView(await views.ViewAsync(payment, Path, cancellationToken), payment.CompanyId, company?.Name, payment.MerchantId, merchant?.Name);
    }
}

public sealed record OperatorPaymentList(IReadOnlyList<OperatorPaymentRow> Items, int Page, int PageSize, int Total);

/// <param name="Remittance">The latest remittance of a bank transfer, what the operator checks against the statement.</param>
public sealed record OperatorPaymentRow(
    Guid Id, string Method, string Purpose, string State, decimal Amount, decimal Received, decimal Excess, string Currency, string? ReferenceCode,
    Guid? CompanyId, string? CompanyName, Guid? MerchantId, string? MerchantName, DateTimeOffset CreatedUtc, RemittanceView? Remittance);

public sealed record OperatorPaymentView(PaymentView Payment, Guid? CompanyId, string? CompanyName, Guid? MerchantId, string? MerchantName);
