using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>One statement: each order with its lines' commission rates, later refunds taken back, the net and its payout.</summary>
public sealed record StatementPageModel(StatementView Statement, StatementRow Summary, IReadOnlyList<StatementLineRow> Lines);
