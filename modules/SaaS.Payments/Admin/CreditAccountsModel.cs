using SaaS.Orders.Storefront;

namespace SaaS.Payments.Admin;

/// <summary>
/// The companies' credit accounts, the form that sets a verified company's limit and net days (what was typed and the
/// messages at its fields when refused), and this month, which the statement links open.
/// </summary>
public sealed record CreditAccountsModel(
    IReadOnlyList<CreditAccountRow> Accounts, IReadOnlyList<Choice> Companies, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors,
    bool CanManage, string Month, string? Message, string? Error);
