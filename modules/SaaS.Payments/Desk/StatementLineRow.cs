using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>A line of a statement with its kind in words.</summary>
public sealed record StatementLineRow(StatementLineView Line, string KindLabel);
