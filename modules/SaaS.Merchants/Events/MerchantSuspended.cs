namespace SaaS.Merchants.Events;

/// <summary>The operator suspended a merchant: it cannot publish until reinstated.</summary>
public sealed record MerchantSuspended(Guid MerchantId, string Name, string Reason);
