namespace SaaS.Payments.Events;

/// <summary>A payout reached the merchant (a Stripe transfer made, or the operator's bank payment recorded), in its transaction.</summary>
public sealed record PayoutSent(Guid PayoutId, Guid MerchantId, decimal Amount, string Method, string Reference, Guid? StatementId);
