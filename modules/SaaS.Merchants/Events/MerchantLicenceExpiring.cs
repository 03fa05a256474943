namespace SaaS.Merchants.Events;

/// <summary>An industry licence expires within the warning period.</summary>
public sealed record MerchantLicenceExpiring(Guid MerchantId, string LicenceCode, string LicenceName, DateOnly ExpiresOn);
