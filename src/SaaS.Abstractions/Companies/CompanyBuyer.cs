namespace SaaS.Companies;

/// <summary>A signed-in user as the company member they are: the company, and their role there (Purchaser, Approver, Finance, Admin).</summary>
public sealed record CompanyBuyer(CompanyCard Company, string UserId, string Email, string Role)
{
    public const string ApproverRole = "Approver";
    public const string FinanceRole = "Finance";
    public const string AdminRole = "Admin";
}
