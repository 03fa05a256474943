using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.Credit;
using SaaS.Payments.Data;
using SaaS.Problems;

namespace SaaS.Payments.Storefront;

/// <summary>
/// A buyer company's credit as its members read it: the limit, what it owes and may still buy on credit, its
/// invoices with their due days, and the month's statement (this month unless another is asked for).
/// </summary>
public sealed class CompanyCreditPage(PaymentsDbContext db, CreditAccounts accounts, CreditStatements statements, MarketplaceCalendar calendar)
{
    public const string Path = "/account/credit";
    public const string View = "CompanyCredit";

    public async Task<object> ModelAsync(BuyerPage page, string? month)
    {
        var companyId = page.Buyer.Company.Id;
        var account = await db.CreditAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CompanyId == companyId, page.Aborted);
        if (account is null) return new CompanyCreditModel(page.Buyer.Company.Name, null, [], [], null);
        var summary = await accounts.SummaryAsync(companyId, page.Aborted);
        var months = CreditStatementSheet.Months(account.CreatedUtc, calendar);
        var shown = string.IsNullOrEmpty(month) ? calendar.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture) : month;
        CreditStatement statement;
        try
        {
            statement = await statements.StatementAsync(companyId, shown, page.Aborted);
        }
        catch (ValidationFailedException)
        {
            // A month that is no month is a page that does not exist.
            throw new NotFoundException("month", $"'{month}' is not a month.");
        }
        return new CompanyCreditModel(page.Buyer.Company.Name, summary, summary.Invoices.Select(i => new CreditInvoiceRow(i)).ToList(), months,
            CreditStatementSheet.Of(statement, calendar));
    }
}
