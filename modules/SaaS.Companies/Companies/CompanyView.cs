namespace SaaS.Companies.Companies;

public sealed record CompanyView(Guid Id, string Name, string CreditCode, IReadOnlyList<MemberView> Members);
