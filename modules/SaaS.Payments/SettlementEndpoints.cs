using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Payments.Data;
using SaaS.Payments.Settlement;
using SaaS.Security;
using Microsoft.EntityFrameworkCore;

namespace SaaS.Payments;

/// <summary>Settlements: the merchant's balance and statements; the operator's runs, payouts and reconciliation.</summary>
public static class SettlementEndpoints
{
    public static void MapSettlementEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var finance = tenantRoutes.MapGroup("/api/merchant/finance").RequireMerchantPermission(MerchantPaymentPermissions.ViewFinance);
        finance.MapGet("", async (HttpContext http, MerchantFinance service) => TypedResults.Ok(await service.OverviewAsync(http.GetMerchantActor().MerchantId, http.RequestAborted)));
        finance.MapGet("/statements/{id:guid}", async (Guid id, HttpContext http, MerchantFinance service) =>
            TypedResults.Ok(await service.StatementAsync(http.GetMerchantActor().MerchantId, id, http.RequestAborted)));
        finance.MapGet("/statements/{id:guid}/csv", async (Guid id, HttpContext http, MerchantFinance service) =>
            TypedResults.File(await service.StatementCsvAsync(http.GetMerchantActor().MerchantId, id, http.RequestAborted), "text/csv; charset=utf-8", $"statement-{id}.csv"));
        tenantRoutes.MapPut("/api/merchant/finance/payout-account", async (PayoutAccountRequest request, HttpContext http, MerchantFinance service) =>
            TypedResults.Ok(await service.SavePayoutAccountAsync(http.GetMerchantActor().MerchantId, request, http.RequestAborted)))
            .RequireMerchantPermission(MerchantPaymentPermissions.ManagePayoutAccount);

        var books = tenantRoutes.MapGroup("/api/admin").RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("/settlements", async (PaymentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.SettlementRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(ct)));
        books.MapGet("/statements", async (Guid? merchantId, PaymentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Statements.AsNoTracking().Where(s => merchantId == null || s.MerchantId == merchantId).OrderByDescending(s => s.Id).Take(200).ToListAsync(ct)));
        books.MapGet("/statements/{id:guid}", async (Guid id, MerchantFinance service, CancellationToken ct) => TypedResults.Ok(await service.StatementAsync(null, id, ct)));
        books.MapGet("/statements/{id:guid}/csv", async (Guid id, MerchantFinance service, CancellationToken ct) =>
            TypedResults.File(await service.StatementCsvAsync(null, id, ct), "text/csv; charset=utf-8", $"statement-{id}.csv"));
        books.MapGet("/payouts", async (PayoutState? state, PaymentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Payouts.AsNoTracking().Where(p => state == null || p.State == state).OrderByDescending(p => p.Id).Take(200).ToListAsync(ct)));
        books.MapGet("/reconciliation", async (Reconciliation reconciliation, CancellationToken ct) => TypedResults.Ok(await reconciliation.ReportAsync(ct)));

        var manage = tenantRoutes.MapGroup("/api/admin").RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPost("/settlements/run", async (ClaimsPrincipal user, Settlements settlements, CancellationToken ct) =>
            TypedResults.Ok(await settlements.RunNowAsync(user.Identity?.Name ?? "operator", ct)));
        manage.MapPost("/merchants/{id:guid}/withdrawals", async (Guid id, WithdrawalRequest request, ClaimsPrincipal user, Payouts payouts, CancellationToken ct) =>
            TypedResults.Ok(await payouts.WithdrawAsync(id, request, user.Identity?.Name ?? "operator", ct)));
        manage.MapPost("/payouts/{id:guid}/sent", async (Guid id, BankPayoutRequest request, ClaimsPrincipal user, Payouts payouts, CancellationToken ct) =>
            TypedResults.Ok(await payouts.RecordBankPayoutAsync(id, request.Reference, user.Identity?.Name ?? "operator", ct)));
    }
}

public sealed record BankPayoutRequest(string? Reference);
