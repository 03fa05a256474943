namespace SaaS.Payments.BankTransfer;

/// <summary>
/// How to pay a bank transfer and how it went: the marketplace's account, the code to write on the transfer (附言)
/// so the operator can match it, the remittances submitted and the amounts the bank statement showed.
/// </summary>
public sealed record BankTransferView(string? Account, string ReferenceCode, IReadOnlyList<RemittanceView> Remittances, IReadOnlyList<BankMovementView> Movements);

/// <param name="Slip">Where the slip is read, behind the same guard as the payment.</param>
public sealed record RemittanceView(
    Guid Id, string Reference, decimal Amount, DateOnly PaidOn, string State, string? RejectionReason, string SubmittedBy, DateTimeOffset SubmittedUtc, string Slip)
{
    public static RemittanceView Of(Remittance remittance, string slip) => new(
        remittance.Id, remittance.Reference, remittance.Amount, remittance.PaidOn, remittance.State.ToString(), remittance.RejectionReason, remittance.SubmittedBy,
        remittance.SubmittedUtc, slip);
}

public sealed record BankMovementView(Guid Id, string Kind, decimal Amount, string BankReference, DateTimeOffset RecordedUtc)
{
    public static BankMovementView Of(BankMovement movement) => new(movement.Id, movement.Kind.ToString(), movement.Amount, movement.BankReference, movement.RecordedUtc);
}
