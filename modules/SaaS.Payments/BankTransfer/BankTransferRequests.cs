namespace SaaS.Payments.BankTransfer;

/// <summary>What the bank statement shows arrived for a transfer, with the statement's reference.</summary>
public sealed record ConfirmTransferRequest(decimal? ReceivedAmount, string? BankReference);

public sealed record RejectRemittanceRequest(string? Reason);

/// <summary>A surplus sent back to the payer from the marketplace's bank account.</summary>
public sealed record ReturnExcessRequest(decimal? Amount, string? BankReference);

/// <summary>The bank's reference of a refund the operator sent by transfer.</summary>
public sealed record RefundSentRequest(string? Reference);
