using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Orders;
using SaaS.Orders.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;

namespace SaaS.Payments.Credit;

/// <summary>
/// Credit terms between the marketplace and its verified buyer companies: the operator sets a limit and net days and
/// records repayments from the bank statement; the company reads what it owes. What is owed is always the balance
/// of the company's receivable account in the ledger; overdue is worked out on reading, from the due days.
/// </summary>
public sealed class CreditAccounts(
    PaymentsDbContext db, Ledger.Ledger ledger, CreditInvoices invoices, ICompanyDirectory companies, ITenantDatabase database, IAuditLog audit,
    MarketplaceCalendar calendar, TimeProvider clock)
{
    public const decimal MaxLimit = 100_000_000m;
    public const int MaxNetDays = 365;

    public async Task<CreditAccountView> SetAsync(Guid companyId, CreditAccountRequest request, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Limit is not >= 0 || request.Limit > MaxLimit || decimal.Round(request.Limit.Value, 2) != request.Limit)
        {
            errors["limit"] = [$"The limit is from 0 to {MaxLimit:0} with at most two decimals."];
        }
        if (request.NetDays is not (>= 0 and <= MaxNetDays)) errors["netDays"] = [$"Invoices fall due 0 to {MaxNetDays} days after issue."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var company = (await companies.FindAsync([companyId], cancellationToken)).GetValueOrDefault(companyId)
            ?? throw new NotFoundException("companyId", "There is no such buyer company.");
        if (!company.Verified) throw new UnprocessableException("companyId", $"Company {companyId} ({company.Name}) is not verified; only verified companies buy on credit.");

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var account = await db.CreditAccounts.SingleOrDefaultAsync(a => a.CompanyId == companyId, cancellationToken);
        var before = account is null ? null : Terms(account);
        var now = clock.GetUtcNow();
        if (account is null) db.CreditAccounts.Add(account = new CreditAccount { CompanyId = companyId, CreatedUtc = now, UpdatedBy = by });
        account.Limit = request.Limit!.Value;
        account.NetDays = request.NetDays!.Value;
        account.UpdatedBy = by;
        account.UpdatedUtc = now;
        // A checkout judging the old limit at this moment fails on the version rather than passing it.
        account.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("companyId", "The company's credit changed meanwhile (an order on credit); set it again.");
        }
        await audit.RecordAsync("credit-account.set", $"{company.Name} ({companyId})", before, Terms(account), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ViewsAsync([account], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<CreditAccountView>> ListAsync(CancellationToken cancellationToken) =>
        await ViewsAsync(await db.CreditAccounts.AsNoTracking().ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The signed-in member's company's credit; 404 when the company has no credit terms.</summary>
    public async Task<CreditSummary> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        return await SummaryAsync(buyer.Company.Id, cancellationToken);
    }

    public async Task<CreditSummary> SummaryAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var account = await RequireAsync(companyId, cancellationToken);
        var today = calendar.Today;
        var all = await db.CreditInvoices.AsNoTracking().Where(i => i.CompanyId == companyId).OrderByDescending(i => i.Id).Take(500).ToListAsync(cancellationToken);
        var outstanding = await ledger.BalanceAsync(LedgerAccounts.CreditReceivable(companyId), cancellationToken);
        var open = all.Where(i => i.State == CreditInvoiceState.Open).ToList();
        var next = open.MinBy(i => i.DueOn) is { } first ? new NextDue(first.DueOn, open.Where(i => i.DueOn == first.DueOn).Sum(i => i.Open)) : null;
        return new CreditSummary(companyId, account.Limit, account.NetDays, outstanding, Available(account, outstanding), open.Where(i => i.OverdueOn(today)).Sum(i => i.Open),
            next, all.Select(i => InvoiceView.Of(i, today)).ToList());
    }

    /// <summary>
    /// Money the company paid, found on the bank statement: booked against its receivable and settling its invoices
    /// (those it named first, then the oldest, partly if need be). More than it owes is refused (409).
    /// </summary>
    public async Task<RepaymentView> RepayAsync(Guid companyId, RepaymentRequest request, string by, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Amount is not > 0 || decimal.Round(request.Amount.Value, 2) != request.Amount) errors["amount"] = ["Give the amount repaid, above zero with at most two decimals."];
        var reference = request.BankReference?.Trim();
        if (string.IsNullOrEmpty(reference) || reference.Length > 100) errors["bankReference"] = ["Give the bank statement's reference (up to 100 characters)."];
        if (request.InvoiceIds?.Count > 100) errors["invoiceIds"] = ["Name at most 100 invoices."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var named = request.InvoiceIds?.Distinct().ToList() ?? [];

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var account = await db.CreditAccounts.SingleOrDefaultAsync(a => a.CompanyId == companyId, cancellationToken)
            ?? throw new NotFoundException("companyId", "The company has no credit terms.");
        var receivable = LedgerAccounts.CreditReceivable(companyId);
        var outstanding = await ledger.BalanceAsync(receivable, cancellationToken);
        var amount = request.Amount!.Value;
        if (amount > outstanding) throw new ConflictException("amount", $"The company owes {Math.Max(0, outstanding):0.00}; a repayment of {amount:0.00} is more than that.");
        if (named.Count > 0 && await db.CreditInvoices.CountAsync(i => named.Contains(i.Id) && i.CompanyId == companyId, cancellationToken) != named.Count)
        {
            throw new UnprocessableException("invoiceIds", "Name only invoices of this company.");
        }
        // Two repayments recorded at once must not both fit under what is owed.
        account.Version++;
        var repayment = new CreditRepayment { CompanyId = companyId, Amount = amount, BankReference = reference!, RecordedBy = by, RecordedUtc = clock.GetUtcNow() };
        db.CreditRepayments.Add(repayment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("companyId", "The company's credit changed meanwhile; look at it again.");
        }
        await ledger.PostAsync(new JournalDraft(EntryKinds.Repayment, "repayment", repayment.Id, $"Credit repayment {repayment.BankReference}")
            .Debit(LedgerAccounts.BankAccount, amount)
            .Credit(receivable, amount), cancellationToken);
        var settled = await invoices.SettleAsync(companyId, amount, InvoiceSettlement.Repayment, repayment.Id, named, cancellationToken);
        await audit.RecordAsync("credit.repayment", $"company {companyId} ref {repayment.BankReference}", $"owed {outstanding:0.00}",
            $"owed {outstanding - amount:0.00}: " + string.Join(", ", settled.Select(s => $"{s.Invoice.Number} {s.Amount:0.00}")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RepaymentView(repayment.Id, companyId, amount, repayment.BankReference, repayment.RecordedUtc,
            settled.Select(s => new SettledInvoice(s.Invoice.Id, s.Invoice.Number, s.Amount, s.Invoice.Open)).ToList(), outstanding - amount);
    }

    public async Task<CreditAccount> RequireAsync(Guid companyId, CancellationToken cancellationToken) =>
        await db.CreditAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CompanyId == companyId, cancellationToken)
        ?? throw new NotFoundException("companyId", "The company has no credit terms with this marketplace.");

    /// <summary>Every account's figures in three queries, whatever their number: balances summed in SQL, due days judged here.</summary>
    private async Task<IReadOnlyList<CreditAccountView>> ViewsAsync(IReadOnlyList<CreditAccount> accounts, CancellationToken cancellationToken)
    {
        var ids = accounts.Select(a => a.CompanyId).ToList();
        var balances = (await db.JournalLines.Where(l => l.Account.StartsWith(LedgerAccounts.CreditReceivablePrefix + ":"))
                .GroupBy(l => l.Account).Select(g => new { Account = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }).ToListAsync(cancellationToken))
            .ToDictionary(b => LedgerAccounts.Party(b.Account)!.Value, b => Money.FromMinor(b.Debit - b.Credit));
        var today = calendar.Today;
        var overdue = (await db.CreditInvoices.AsNoTracking().Where(i => ids.Contains(i.CompanyId) && i.State == CreditInvoiceState.Open).ToListAsync(cancellationToken))
            .Where(i => i.OverdueOn(today)).ToLookup(i => i.CompanyId);
        var names = await companies.FindAsync(ids, cancellationToken);
        return accounts.OrderBy(a => names.GetValueOrDefault(a.CompanyId)?.Name, StringComparer.Ordinal).Select(a =>
        {
            var outstanding = balances.GetValueOrDefault(a.CompanyId);
            return new CreditAccountView(a.CompanyId, names.GetValueOrDefault(a.CompanyId)?.Name, a.Limit, a.NetDays, outstanding, Available(a, outstanding),
                overdue[a.CompanyId].Sum(i => i.Open), overdue[a.CompanyId].Count(), a.UpdatedUtc);
        }).ToList();
    }

    private static decimal Available(CreditAccount account, decimal outstanding) => Math.Max(0, account.Limit - outstanding);

    private static string Terms(CreditAccount account) => $"limit {account.Limit:0.00}, net {account.NetDays} days";
}
