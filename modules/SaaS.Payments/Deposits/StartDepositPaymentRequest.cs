namespace SaaS.Payments.Deposits;

/// <param name="Method"><c>card</c> or <c>bank-transfer</c>.</param>
public sealed record StartDepositPaymentRequest(string? Method);
