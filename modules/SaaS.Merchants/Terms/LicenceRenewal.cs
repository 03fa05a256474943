namespace SaaS.Merchants.Terms;

public sealed record LicenceRenewal(string? Number, DateOnly? ExpiresOn);
