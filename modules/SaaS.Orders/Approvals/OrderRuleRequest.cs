namespace SaaS.Orders.Approvals;

public sealed record OrderRuleRequest(decimal? ApprovalThreshold);
