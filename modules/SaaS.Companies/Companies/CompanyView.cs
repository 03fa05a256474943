namespace SaaS.Companies.Companies;

public sealed record CompanyView(Guid Id, string Name, string CreditCode, string VerificationStatus, string? RejectionReason, IReadOnlyList<MemberView> Members);
