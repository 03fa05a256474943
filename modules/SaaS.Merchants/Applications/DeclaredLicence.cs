namespace SaaS.Merchants.Applications;

/// <summary>An industry licence as typed into the application form: number and expiry date (yyyy-MM-dd).</summary>
public sealed record DeclaredLicence(string? Number, string? ExpiresOn);
