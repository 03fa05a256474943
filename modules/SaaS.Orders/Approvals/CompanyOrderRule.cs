namespace SaaS.Orders.Approvals;

/// <summary>A buyer company's approval rule: orders above the threshold wait for one of its approvers.</summary>
public sealed class CompanyOrderRule
{
    public Guid CompanyId { get; init; }

    public decimal? ApprovalThreshold { get; set; }
}
