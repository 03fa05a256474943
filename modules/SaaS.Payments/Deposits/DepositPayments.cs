using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Data;
using SaaS.Payments.Payments;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Payments.Deposits;

/// <summary>
/// A merchant pays what its security deposit still lacks through the same providers buyers use. The payment is
/// booked like any other (<see cref="PaymentBook"/>): the money is held in the merchant's deposit account and the
/// merchants module records the movement. Another merchant's payments are not found (404).
/// </summary>
public sealed class DepositPayments(
    PaymentsDbContext db, IMerchantDepositLedger deposits, IEnumerable<IPaymentProvider> providers, Remittances remittances, PaymentViews views, ITenant tenant, TimeProvider clock)
{
    public async Task<PaymentView> StartAsync(MerchantActor actor, StartDepositPaymentRequest request, CancellationToken cancellationToken)
    {
        var provider = providers.SingleOrDefault(p => p.Method == request.Method)
            ?? throw new ValidationFailedException("method", $"Pay by {string.Join(" or ", providers.Select(p => p.Method))}.");
        if (!await provider.AvailableAsync(cancellationToken)) throw new UnprocessableException("method", $"This marketplace does not take {request.Method} payments.");
        var owed = await deposits.OutstandingAsync(actor.MerchantId, cancellationToken);
        if (owed == 0) throw new ConflictException("deposit", "The merchant's deposit is held in full; nothing is owed.");

        var open = await db.Payments.Include(p => p.Orders)
            .Where(p => p.MerchantId == actor.MerchantId && p.Purpose == PaymentPurpose.Deposit && p.Method == request.Method
                && (p.State == PaymentState.Pending || p.State == PaymentState.Submitted || p.State == PaymentState.PartlyReceived))
            .ToListAsync(cancellationToken);
        // The merchant came back to the payment it started for the same sum.
        if (open.FirstOrDefault(p => p.Amount == owed) is { } existing) return await views.ViewAsync(existing, Payer.MerchantPath, cancellationToken);

        var payment = new Payment
        {
            Method = request.Method!, Purpose = PaymentPurpose.Deposit, MerchantId = actor.MerchantId, Amount = owed, Currency = tenant.Site.DefaultCurrency,
            State = PaymentState.Pending, CreatedBy = actor.Email, CreatedUtc = clock.GetUtcNow(),
        };
        // Saved before the provider is called: its idempotency key is this id, so a retry after a failure finds the same intent.
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await provider.StartAsync(payment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await views.ViewAsync(payment, Payer.MerchantPath, cancellationToken);
    }

    public async Task<IReadOnlyList<PaymentView>> ListAsync(MerchantActor actor, CancellationToken cancellationToken)
    {
        var payments = await db.Payments.AsNoTracking().Include(p => p.Orders)
            .Where(p => p.MerchantId == actor.MerchantId && p.Purpose == PaymentPurpose.Deposit).OrderByDescending(p => p.Id).Take(100).ToListAsync(cancellationToken);
        return payments.Select(p => PaymentView.Of(p)).ToList();
    }

    public async Task<PaymentView> GetAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        await views.ViewAsync(await remittances.FindAsync(Payer.Merchant(actor), id, cancellationToken), Payer.MerchantPath, cancellationToken);
}
