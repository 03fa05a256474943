using SaaS.Orders.Storefront;

namespace SaaS.Payments.Admin;

/// <summary>The commission rules and the form that adds one, with what was typed and the messages at their fields when refused.</summary>
public sealed record CommissionsModel(
    IReadOnlyList<CommissionRuleRow> Rules, IReadOnlyList<Choice> Merchants, IReadOnlyList<Choice> Categories, IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors, string? Message);
