using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;

namespace SaaS.Payments.Settlement;

/// <summary>
/// A merchant's money as the ledger tells it: payable (completed orders not yet paid out), pending (paid orders not
/// yet completed), on its way, and its statements. A statement of another merchant is not found (404).
/// </summary>
public sealed class MerchantFinance(PaymentsDbContext db, Ledger.Ledger ledger, TimeProvider clock)
{
    public async Task<FinanceView> OverviewAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var inTransit = (await db.Payouts.AsNoTracking().Where(p => p.MerchantId == merchantId && p.State == PayoutState.Pending).Select(p => p.Amount).ToListAsync(cancellationToken)).Sum();
        var statements = await db.Statements.AsNoTracking().Where(s => s.MerchantId == merchantId).OrderByDescending(s => s.Id).Take(100).ToListAsync(cancellationToken);
        var ids = statements.Select(s => s.Id).ToList();
        var payouts = await db.Payouts.AsNoTracking().Where(p => p.StatementId != null && ids.Contains(p.StatementId.Value)).ToDictionaryAsync(p => p.StatementId!.Value, cancellationToken);
        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken);
        return new FinanceView(
            await ledger.BalanceAsync(LedgerAccounts.MerchantPayable(merchantId), cancellationToken),
            await ledger.BalanceAsync(LedgerAccounts.MerchantPending(merchantId), cancellationToken),
            inTransit,
            account is null ? null : PayoutAccountView.Of(account),
            statements.Select(s => StatementSummary.Of(s, payouts.GetValueOrDefault(s.Id))).ToList());
    }

    public async Task<StatementView> StatementAsync(Guid? merchantId, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.AsNoTracking().Include(s => s.Lines).SingleOrDefaultAsync(s => s.Id == statementId && (merchantId == null || s.MerchantId == merchantId), cancellationToken)
            ?? throw new NotFoundException("statementId", "There is no such statement.");
        var payout = await db.Payouts.AsNoTracking().Include(p => p.Transfers).SingleOrDefaultAsync(p => p.StatementId == statementId, cancellationToken);
        var commissions = await db.LineCommissions.AsNoTracking().Where(l => statement.Lines.Select(x => x.OrderId).Contains(l.OrderId)).ToListAsync(cancellationToken);
        return StatementView.Of(statement, payout, commissions);
    }

    /// <summary>The statement as a spreadsheet: one row per order or adjustment, then the totals.</summary>
    public async Task<byte[]> StatementCsvAsync(Guid? merchantId, Guid statementId, CancellationToken cancellationToken)
    {
        var statement = await StatementAsync(merchantId, statementId, cancellationToken);
        // Every cell is a number, an id, a fixed word or the statement number: none needs quoting.
        var rows = statement.Lines.Select(l => string.Join(',', statement.Number, l.Kind, l.OrderId, Cell(l.Sales), Cell(l.Commission), Cell(l.Refunds), Cell(l.Net)))
            .Prepend("statement,kind,order,sales,commission,refunds,net")
            .Append(string.Join(',', statement.Number, "total", "", Cell(statement.Sales), Cell(statement.Commission), Cell(statement.Refunds), Cell(statement.Net)));
        var text = new System.Text.StringBuilder().AppendJoin("\r\n", rows).Append("\r\n");
        return System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    public async Task<PayoutAccountView> SavePayoutAccountAsync(Guid merchantId, PayoutAccountRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.StripeAccountId is { Length: > 0 } stripe && (!stripe.StartsWith("acct_", StringComparison.Ordinal) || stripe.Length > 100)) errors["stripeAccountId"] = ["A Stripe connected account id starts with acct_."];
        if (request.BankAccountNumber is { Length: > 0 } number && (number.Length > 64 || !number.All(c => char.IsDigit(c) || c == ' ' || c == '-'))) errors["bankAccountNumber"] = ["An account number has digits, spaces and dashes only."];
        if (request.BankName?.Length > 200) errors["bankName"] = ["At most 200 characters."];
        if (request.BankAccountName?.Length > 200) errors["bankAccountName"] = ["At most 200 characters."];
        if (string.IsNullOrWhiteSpace(request.StripeAccountId) && string.IsNullOrWhiteSpace(request.BankAccountNumber)) errors["bankAccountNumber"] = ["Give a bank account or a Stripe connected account."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var account = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken);
        if (account is null) db.PayoutAccounts.Add(account = new MerchantPayoutAccount { MerchantId = merchantId });
        account.StripeAccountId = Blank(request.StripeAccountId);
        account.BankName = Blank(request.BankName);
        account.BankAccountName = Blank(request.BankAccountName);
        account.BankAccountNumber = Blank(request.BankAccountNumber);
        account.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return PayoutAccountView.Of(account);
    }

    private static string Cell(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed record FinanceView(decimal Balance, decimal Pending, decimal InTransit, PayoutAccountView? PayoutAccount, IReadOnlyList<StatementSummary> Statements);

public sealed record PayoutAccountRequest(string? StripeAccountId, string? BankName, string? BankAccountName, string? BankAccountNumber);

public sealed record PayoutAccountView(string? StripeAccountId, string? BankName, string? BankAccountName, string? BankAccountNumberEnding)
{
    /// <summary>Only the last four digits of a bank account are shown back.</summary>
    public static PayoutAccountView Of(MerchantPayoutAccount a) =>
        new(a.StripeAccountId, a.BankName, a.BankAccountName, a.BankAccountNumber is { Length: >= 4 } n ? n[^4..] : a.BankAccountNumber);
}

public sealed record StatementSummary(Guid Id, string Number, Guid MerchantId, DateTimeOffset CreatedUtc, decimal Sales, decimal Commission, decimal Refunds, decimal Adjustments, decimal Net,
    Guid? PayoutId, string PayoutMethod, string PayoutState, string? PayoutReference)
{
    public static StatementSummary Of(Statement s, Payout? p) =>
        new(s.Id, s.Number, s.MerchantId, s.CreatedUtc, s.Sales, s.Commission, s.Refunds, s.Adjustments, s.Net, p?.Id, p?.Method ?? "", p?.State.ToString() ?? "", p?.Reference);
}

public sealed record StatementView(Guid Id, string Number, Guid MerchantId, DateTimeOffset CutoffUtc, DateTimeOffset CreatedUtc, decimal Sales, decimal Commission, decimal Refunds,
    decimal Adjustments, decimal Net, IReadOnlyList<StatementLineView> Lines, StatementSummary Summary)
{
    public static StatementView Of(Statement s, Payout? payout, IReadOnlyList<Orders.LineCommission> commissions) => new(
        s.Id, s.Number, s.MerchantId, s.CutoffUtc, s.CreatedUtc, s.Sales, s.Commission, s.Refunds, s.Adjustments, s.Net,
        s.Lines.OrderBy(l => l.Kind).ThenBy(l => l.OrderId).Select(l => new StatementLineView(l.Kind, l.OrderId, l.RefundId, l.Sales, l.Commission, l.Refunds, l.Net,
            commissions.Where(c => c.OrderId == l.OrderId && l.Kind == "order").Select(c => new LineCommissionView(c.SkuId, c.Quantity, c.LineTotal, c.RatePercent, c.MinimumPerLine, c.Commission)).ToList())).ToList(),
        StatementSummary.Of(s, payout));
}

public sealed record StatementLineView(string Kind, Guid OrderId, Guid? RefundId, decimal Sales, decimal Commission, decimal Refunds, decimal Net, IReadOnlyList<LineCommissionView> Commissions);

public sealed record LineCommissionView(Guid SkuId, int Quantity, decimal LineTotal, decimal RatePercent, decimal MinimumPerLine, decimal Commission);
