using SaaS.Companies.Companies;

namespace SaaS.Companies.Verification;

/// <summary>One company as the operator reviews it: its facts, its members, and the decision still open.</summary>
public sealed record CompanyReviewModel(CompanySummary Company, IReadOnlyList<MemberView> Members, string? Error, string? ReasonError)
{
    public bool CanVerify => Company.VerificationStatus != nameof(VerificationStatus.Verified);

    public bool CanReject => Company.VerificationStatus != nameof(VerificationStatus.Rejected);
}
