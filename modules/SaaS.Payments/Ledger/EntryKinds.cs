namespace SaaS.Payments.Ledger;

/// <summary>The movements the ledger knows, each a kind of journal entry.</summary>
public static class EntryKinds
{
    public const string PaymentReceived = "payment";
    public const string OrderPaid = "order-paid";
    public const string OrderCompleted = "order-completed";
    public const string Refund = "refund";
    public const string RefundSent = "refund-sent";
    public const string Unapplied = "unapplied-refund";
    public const string ExcessReturned = "excess-returned";
    public const string Settlement = "settlement";
    public const string Payout = "payout";
    public const string Deposit = "deposit";
    public const string DepositRefund = "deposit-refund";
    public const string DepositForfeiture = "deposit-forfeiture";
    public const string CreditInvoice = "credit-invoice";
    public const string Repayment = "repayment";
    public const string Reversal = "reversal";
}
