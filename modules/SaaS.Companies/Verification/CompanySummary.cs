using SaaS.Companies.Companies;

namespace SaaS.Companies.Verification;

/// <summary>A company as the operator reviews it.</summary>
public sealed record CompanySummary(
    Guid Id, string Name, string CreditCode, string VerificationStatus, string? RejectionReason,
    string? ReviewedBy, DateTimeOffset? ReviewedUtc, DateTimeOffset CreatedUtc)
{
    public static CompanySummary From(Company c) => new(
        c.Id, c.Name, c.CreditCode, c.VerificationStatus.ToString(), c.RejectionReason, c.ReviewedBy, c.ReviewedUtc, c.CreatedUtc);
}
