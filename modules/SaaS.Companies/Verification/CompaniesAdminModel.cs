namespace SaaS.Companies.Verification;

/// <summary>The operator's list of companies, filtered by verification status, and the verification setting.</summary>
public sealed record CompaniesAdminModel(IReadOnlyList<CompanySummary> Companies, string? Status, bool RequireVerification, string? Message);
