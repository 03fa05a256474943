using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Orders.Overview;
using SaaS.Payments.Data;
using SaaS.Payments.Desk;
using SaaS.Payments.Ledger;
using SaaS.Payments.Payments;
using SaaS.Payments.Settlement;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's books in the admin (<c>ViewLedger</c>): the trial balance with the last 30 days charted, the
/// settlement runs with their statements and pending payouts, and the reconciliation. Running a settlement and
/// recording a bank payout need <c>ManagePayments</c>.
/// </summary>
public static class PaymentAdminPages
{
    public const string Path = "/admin/payments";
    public const string SettlementsPath = Path + "/settlements";
    public const string ReconciliationPath = Path + "/reconciliation";
    public const int ChartDays = 30;

    public static void MapPaymentAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var books = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("", async (HttpContext http, Ledger.Ledger ledger, LedgerDays days, IMerchantDirectory merchants, IAdminRenderer admin) =>
        {
            var balance = await ledger.TrialBalanceAsync(http.RequestAborted);
            var parties = balance.Accounts.Select(a => LedgerAccounts.Party(a.Code)).OfType<Guid>().Distinct().ToList();
            var names = await merchants.FindAsync(parties, http.RequestAborted);
            var (received, commission) = await days.DailyAsync(ChartDays, http.RequestAborted);
            var model = new PaymentsOverviewModel(balance,
                balance.Accounts.Select(a => new AccountRow(a, LedgerAccounts.Party(a.Code) is { } party ? names.GetValueOrDefault(party)?.Name : null)).ToList(),
                [BarChart.Of("Payments received per day", money: true, received, d => d.Value), BarChart.Of("Commission earned per day", money: true, commission, d => d.Value)]);
            return await admin.RenderAsync(http, "PaymentsOverview", model, "Payments");
        });
        books.MapGet("/settlements", (HttpContext http, string? message) => SettlementsAsync(http, message));
        books.MapGet("/reconciliation", async (HttpContext http, Reconciliation reconciliation, IAdminRenderer admin) =>
            await admin.RenderAsync(http, "PaymentReconciliation", await reconciliation.ReportAsync(http.RequestAborted), "Reconciliation"));

        var manage = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPost("/settlements/run", async (HttpContext http, Settlements settlements) =>
        {
            await settlements.RunNowAsync(Operator(http), http.RequestAborted);
            return Results.Redirect($"{http.Request.PathBase}{SettlementsPath}?message={Uri.EscapeDataString("Settlement finished; its statements are listed below.")}");
        });
        manage.MapPost("/payouts/{id:guid}/sent", async (Guid id, HttpContext http, [FromForm] IFormCollection form, Payouts payouts) =>
        {
            try
            {
                await payouts.RecordBankPayoutAsync(id, form["reference"], Operator(http), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}{SettlementsPath}?message={Uri.EscapeDataString("Bank payout recorded.")}");
            }
            catch (ProblemException problem) when (problem is not NotFoundException)
            {
                return await SettlementsAsync(http, null, (id, form["reference"].ToString(), string.Join(" ", problem.Errors.SelectMany(e => e.Value))), problem.Status);
            }
        });
    }

    /// <param name="refused">A bank payout the operator could not record: its id, the reference typed and why.</param>
    private static async Task<IResult> SettlementsAsync(HttpContext http, string? message, (Guid Payout, string Reference, string Error)? refused = null,
        int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var db = services.GetRequiredService<PaymentsDbContext>();
        var runs = await db.SettlementRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(20).ToListAsync(ct);
        var statements = await db.Statements.AsNoTracking().OrderByDescending(s => s.Id).Take(50).ToListAsync(ct);
        var statementIds = statements.Select(s => s.Id).ToList();
        var payouts = await db.Payouts.AsNoTracking().Where(p => p.StatementId != null && statementIds.Contains(p.StatementId.Value)).ToDictionaryAsync(p => p.StatementId!.Value, ct);
        var pending = await db.Payouts.AsNoTracking().Where(p => p.State == PayoutState.Pending).OrderBy(p => p.Id).ToListAsync(ct);
        var merchantIds = statements.Select(s => s.MerchantId).Concat(pending.Select(p => p.MerchantId)).Distinct().ToList();
        var names = await services.GetRequiredService<IMerchantDirectory>().FindAsync(merchantIds, ct);
        var accounts = await db.PayoutAccounts.AsNoTracking().Where(a => merchantIds.Contains(a.MerchantId)).ToDictionaryAsync(a => a.MerchantId, ct);
        var settings = await services.GetRequiredService<PaymentSettingsStore>().GetAsync(ct);
        var canManage = (await services.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(http.User, null, new PermissionRequirement(PaymentPermissions.ManagePayments))).Succeeded;
        string Name(Guid merchant) => names.GetValueOrDefault(merchant)?.Name ?? merchant.ToString();
        var calendar = services.GetRequiredService<MarketplaceCalendar>();
        var model = new SettlementsModel(
            runs.Select(r => new SettlementRunRow(r, calendar.Local(r.StartedUtc), r.FinishedUtc is { } finished ? calendar.Local(finished) : null)).ToList(),
            statements.Select(s => StatementRow.Of(StatementSummary.Of(s, payouts.GetValueOrDefault(s.Id)), calendar) with { MerchantName = Name(s.MerchantId) }).ToList(),
            pending.Select(p => new PayoutRow(p, Name(p.MerchantId),
                accounts.GetValueOrDefault(p.MerchantId) is { BankAccountNumber: not null } bank ? $"{bank.BankName} {bank.BankAccountName} {bank.BankAccountNumber}".Trim() : null,
                refused?.Payout == p.Id ? refused.Value.Reference : "", refused?.Payout == p.Id ? refused.Value.Error : null)).ToList(),
            canManage, settings.SettlementDelayDays, settings.SettlementWeekday.ToString(), message,
            refused is { } r && pending.All(p => p.Id != r.Payout) ? r.Error : null);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "PaymentSettlements", model, "Settlements", status);
    }

    internal static string Operator(HttpContext http) => http.User.Identity?.Name ?? "operator";
}
