using Microsoft.EntityFrameworkCore;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Data;
using SaaS.Payments.Stripe;

namespace SaaS.Payments.Payments;

/// <summary>
/// A payment with what its payer needs next: the card form's keys while a card payment is open, or the account to
/// remit to, the reference code to write on the transfer and what was remitted and received for a bank transfer.
/// </summary>
public sealed class PaymentViews(PaymentsDbContext db, PaymentSettingsStore settings, StripeGateway stripe)
{
    /// <param name="path">Where the viewer reads payments (<see cref="Payer.Path"/>, or the operator's): slip links point there.</param>
    public async Task<PaymentView> ViewAsync(Payment payment, string path, CancellationToken cancellationToken)
    {
        if (payment.Method == BankTransferProvider.MethodName) return PaymentView.Of(payment) with { BankTransfer = await BankTransferAsync(payment, path, cancellationToken) };
        if (payment.Method != "card" || payment.State != PaymentState.Pending || payment.ProviderReference is null) return PaymentView.Of(payment);
        var keys = await settings.StripeKeysAsync(cancellationToken);
        var intent = keys is null ? null : await stripe.IntentAsync(payment.ProviderReference, cancellationToken);
        return PaymentView.Of(payment, keys, intent?.ClientSecret);
    }

    private async Task<BankTransferView> BankTransferAsync(Payment payment, string path, CancellationToken cancellationToken)
    {
        var account = (await settings.GetAsync(cancellationToken)).RemittanceAccount;
        var remittances = await db.Remittances.AsNoTracking().Where(r => r.PaymentId == payment.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var movements = await db.BankMovements.AsNoTracking().Where(m => m.PaymentId == payment.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return new BankTransferView(account, payment.ProviderReference ?? "",
            remittances.Select(r => RemittanceView.Of(r, $"{path}/{payment.Id}/remittances/{r.Id}/slip")).ToList(),
            movements.Select(BankMovementView.Of).ToList());
    }
}
