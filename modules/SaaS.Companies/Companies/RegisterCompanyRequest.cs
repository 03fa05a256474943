namespace SaaS.Companies.Companies;

public sealed record RegisterCompanyRequest(string? Name, string? CreditCode);
