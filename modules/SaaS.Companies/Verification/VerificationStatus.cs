namespace SaaS.Companies.Verification;

public enum VerificationStatus
{
    Unverified,
    Verified,
    Rejected,
}
