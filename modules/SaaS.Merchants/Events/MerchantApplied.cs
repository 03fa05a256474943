namespace SaaS.Merchants.Events;

/// <summary>An enterprise applied to sell; the operator should review it.</summary>
public sealed record MerchantApplied(Guid ApplicationId, string LegalName, string Email);
