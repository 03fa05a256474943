using System.Globalization;
using SaaS.Payments.Credit;

namespace SaaS.Payments.Storefront;

/// <summary>A company's credit page: its terms and what it owes, its invoices, the months it has statements for and the one shown.</summary>
/// <param name="Credit">Null when the company has no credit terms with this marketplace.</param>
public sealed record CompanyCreditModel(
    string CompanyName, CreditSummary? Credit, IReadOnlyList<CreditInvoiceRow> Invoices, IReadOnlyList<string> Months, CreditStatementSheet? Statement)
{
    public string? NextDueOn => Credit?.NextDue?.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
