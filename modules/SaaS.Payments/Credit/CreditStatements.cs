using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders;
using SaaS.Orders.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;

namespace SaaS.Payments.Credit;

/// <summary>
/// Monthly credit statements, in the marketplace's time zone. Every figure comes from the lines of the company's
/// receivable account, so the statement cannot disagree with the books; invoice numbers and repayment references
/// are looked up beside them. Posting times are compared here: SQLite cannot compare DateTimeOffset columns.
/// </summary>
public sealed class CreditStatements(PaymentsDbContext db, CreditAccounts accounts, ICompanyDirectory companies, MarketplaceCalendar calendar)
{
    public async Task<CreditStatement> MineAsync(ClaimsPrincipal user, string month, CancellationToken cancellationToken) =>
        await StatementAsync((await companies.RequireBuyerAsync(user, cancellationToken)).Company.Id, month, cancellationToken);

    public async Task<CreditStatement> StatementAsync(Guid companyId, string month, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new ValidationFailedException("month", $"'{month}' is not a month; write it as 2026-03.");
        }
        await accounts.RequireAsync(companyId, cancellationToken);
        var (from, to) = (calendar.StartOf(first), calendar.StartOf(first.AddMonths(1)));
        var code = LedgerAccounts.CreditReceivable(companyId);
        var lines = (await (from line in db.JournalLines
                            join entry in db.JournalEntries on line.EntryId equals entry.Id
                            where line.Account == code
                            select new { entry.PostedUtc, entry.Kind, entry.SourceId, line.Debit, line.Credit }).ToListAsync(cancellationToken))
            .Where(l => l.PostedUtc < to).ToList();
        var opening = Money.FromMinor(lines.Where(l => l.PostedUtc < from).Sum(l => l.Debit - l.Credit));
        var within = lines.Where(l => l.PostedUtc >= from).OrderBy(l => l.PostedUtc).ToList();

        var orderIds = within.Where(l => l.Kind == EntryKinds.CreditInvoice).Select(l => l.SourceId).ToList();
        var issued = await db.CreditInvoices.AsNoTracking().Where(i => orderIds.Contains(i.OrderId)).ToDictionaryAsync(i => i.OrderId, cancellationToken);
        var repaymentIds = within.Where(l => l.Kind == EntryKinds.Repayment).Select(l => l.SourceId).ToList();
        var repaid = await db.CreditRepayments.AsNoTracking().Where(r => repaymentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.BankReference, cancellationToken);

        var invoices = within.Where(l => l.Kind == EntryKinds.CreditInvoice)
            .Select(l => new StatementInvoice(issued[l.SourceId].Number, l.SourceId, Money.FromMinor(l.Debit - l.Credit), issued[l.SourceId].IssuedOn, issued[l.SourceId].DueOn)).ToList();
        var creditNotes = within.Where(l => l.Kind == EntryKinds.RefundSent)
            .Select(l => new StatementCredit(l.SourceId, Money.FromMinor(l.Credit - l.Debit), $"refund {l.SourceId}", l.PostedUtc)).ToList();
        var repayments = within.Where(l => l.Kind == EntryKinds.Repayment)
            .Select(l => new StatementCredit(l.SourceId, Money.FromMinor(l.Credit - l.Debit), repaid.GetValueOrDefault(l.SourceId, ""), l.PostedUtc)).ToList();
        var closing = opening + Money.FromMinor(within.Sum(l => l.Debit - l.Credit));
        return new CreditStatement(companyId, month, first, first.AddMonths(1).AddDays(-1), opening, invoices, creditNotes, repayments, closing);
    }
}
