using SaaS.Payments.Desk;

namespace SaaS.Payments.Admin;

/// <summary>Settlement runs, the statements they made and the payouts still on their way; the forms only for <c>ManagePayments</c>.</summary>
public sealed record SettlementsModel(
    IReadOnlyList<SettlementRunRow> Runs, IReadOnlyList<StatementRow> Statements, IReadOnlyList<PayoutRow> Pending, bool CanManage, int DelayDays, string Weekday,
    string? Message, string? Error);
