namespace SaaS.Merchants.Applications;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
}
