namespace SaaS.Merchants.Events;

/// <summary>The operator approved an application; the owner has been invited.</summary>
public sealed record MerchantApproved(Guid MerchantId, string Name, string OwnerEmail);
