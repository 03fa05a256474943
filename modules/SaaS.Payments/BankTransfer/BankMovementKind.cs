namespace SaaS.Payments.BankTransfer;

public enum BankMovementKind
{
    Received,

    /// <summary>A surplus no order took, sent back to the payer.</summary>
    Returned,
}
