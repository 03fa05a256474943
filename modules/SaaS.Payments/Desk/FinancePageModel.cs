using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>
/// The merchant's money: balance, pending and in transit, the statements, and where payouts go; the payout account
/// form only for members holding <c>finance.payout-account</c>.
/// </summary>
public sealed record FinancePageModel(FinanceView Finance, IReadOnlyList<StatementRow> Statements, string PayoutAccountLabel, PayoutAccountForm? Form);
