using System.Globalization;
using SaaS.Orders.Orders;
using SaaS.Payments.Credit;

namespace SaaS.Payments.Storefront;

/// <summary>A month's credit statement as the buyer's and the operator's pages print it, its days written out in marketplace time.</summary>
public sealed record CreditStatementSheet(
    string Month, string From, string To, decimal OpeningBalance, IReadOnlyList<StatementInvoiceRow> Invoices, IReadOnlyList<StatementCreditRow> CreditNotes,
    IReadOnlyList<StatementCreditRow> Repayments, decimal ClosingBalance)
{
    public static CreditStatementSheet Of(CreditStatement statement, MarketplaceCalendar calendar)
    {
        IReadOnlyList<StatementCreditRow> Rows(IEnumerable<StatementCredit> credits) =>
            credits.Select(c => new StatementCreditRow(c.Amount, c.Reference, Day(calendar.DayOf(c.PostedUtc)))).ToList();
        return new CreditStatementSheet(statement.Month, Day(statement.From), Day(statement.To), statement.OpeningBalance,
            statement.Invoices.Select(i => new StatementInvoiceRow(i.Number, i.OrderId, i.Amount, Day(i.IssuedOn), Day(i.DueOn))).ToList(),
            Rows(statement.CreditNotes), Rows(statement.Repayments), statement.ClosingBalance);
    }

    /// <summary>The months a company's statements cover: from the month its terms were given to this one, newest first, a year at most.</summary>
    public static IReadOnlyList<string> Months(DateTimeOffset since, MarketplaceCalendar calendar)
    {
        var first = calendar.DayOf(since);
        var month = new DateOnly(calendar.Today.Year, calendar.Today.Month, 1);
        var months = new List<string>();
        for (var i = 0; i < 12 && month >= new DateOnly(first.Year, first.Month, 1); i++, month = month.AddMonths(-1))
        {
            months.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        return months;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record StatementInvoiceRow(string Number, Guid OrderId, decimal Amount, string IssuedOn, string DueOn);

public sealed record StatementCreditRow(decimal Amount, string Reference, string PostedOn);
