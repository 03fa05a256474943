namespace SaaS.Merchants.Terms;

public sealed record LicenceRequirementView(string Code, string Name);
