using SaaS.Events;
using SaaS.Merchants.Events;
using SaaS.Merchants.Terms;
using SaaS.Payments.Ledger;
using SaaS.Tenants;

namespace SaaS.Payments.Deposits;

/// <summary>
/// Books the deposit movements the operator records by hand in the merchants module, in their transaction, keyed
/// by the entry's id: money received into the bank account, refunded from it, or forfeited to the marketplace. A
/// deposit paid through payments was booked when it arrived and is not booked again.
/// </summary>
public sealed class DepositBookings(Ledger.Ledger ledger, ITenant tenant) : IEventHandler<DepositRecorded>
{
    public async Task HandleAsync(DepositRecorded recorded, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Manifest.PaymentsFeature) || recorded.BookedByPayments) return;
        var held = LedgerAccounts.DepositsHeld(recorded.MerchantId);
        var draft = Enum.Parse<DepositEntryKind>(recorded.Kind) switch
        {
            DepositEntryKind.Payment => Draft(EntryKinds.Deposit, recorded, "received").Debit(LedgerAccounts.BankAccount, recorded.Amount).Credit(held, recorded.Amount),
            DepositEntryKind.Refund => Draft(EntryKinds.DepositRefund, recorded, "refunded").Debit(held, recorded.Amount).Credit(LedgerAccounts.BankAccount, recorded.Amount),
            DepositEntryKind.Forfeiture => Draft(EntryKinds.DepositForfeiture, recorded, "forfeited").Debit(held, recorded.Amount).Credit(LedgerAccounts.ForfeitedDeposits, recorded.Amount),
            var other => throw new InvalidOperationException($"A deposit movement of kind {other} has no booking."),
        };
        await ledger.PostAsync(draft, cancellationToken);
    }

    private static JournalDraft Draft(string kind, DepositRecorded recorded, string verb) =>
        new(kind, "deposit", recorded.EntryId, $"Security deposit {verb} by hand, ref {recorded.Reference}");
}
