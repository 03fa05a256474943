namespace SaaS.Merchants.Events;

/// <summary>The operator lifted a merchant's suspension.</summary>
public sealed record MerchantReinstated(Guid MerchantId, string Name);
