namespace SaaS.Merchants.Events;

/// <summary>A merchant's owner invited a member of staff.</summary>
public sealed record MerchantStaffInvited(Guid MerchantId, string Email, string RoleName);
