namespace SaaS.Merchants.Events;

/// <summary>An industry licence expired: the merchant cannot publish until it is renewed.</summary>
public sealed record MerchantLicenceExpired(Guid MerchantId, string LicenceCode, string LicenceName, DateOnly ExpiresOn);
