namespace SaaS.Orders.Storefront;

/// <summary>The approver's queue: the company's orders above its approval threshold.</summary>
/// <param name="IsApprover">False for other members, who are told who decides instead of seeing the queue.</param>
public sealed record ApprovalsModel(PageForm Form, bool IsApprover, IReadOnlyList<ApprovalRow> Orders);
