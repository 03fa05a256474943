namespace SaaS.Merchants.Merchants;

public sealed record ProfileRequest(string? ContactName, string? Mobile, string? Email, string? Address, string? Description);
