namespace SaaS.Companies;

public sealed record CompanyCard(Guid Id, string Name, string CreditCode, bool Verified);
