using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Security;

namespace SaaS.Payments.Credit;

/// <summary>Credit terms: the operator sets them, lists them and records repayments; a company's members read their own credit and statements.</summary>
public static class CreditEndpoints
{
    public static void MapCreditEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var company = tenantRoutes.MapGroup("/api/company/credit").RequireAuthorization();
        company.MapGet("", async (ClaimsPrincipal user, CreditAccounts accounts, CancellationToken ct) => TypedResults.Ok(await accounts.MineAsync(user, ct)));
        company.MapGet("/statements/{month}", async (string month, ClaimsPrincipal user, CreditStatements statements, CancellationToken ct) =>
            TypedResults.Ok(await statements.MineAsync(user, month, ct)));

        var books = tenantRoutes.MapGroup("/api/admin/credit-accounts").RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("", async (CreditAccounts accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ListAsync(ct)));
        books.MapGet("/{companyId:guid}", async (Guid companyId, CreditAccounts accounts, CancellationToken ct) => TypedResults.Ok(await accounts.SummaryAsync(companyId, ct)));
        books.MapGet("/{companyId:guid}/statements/{month}", async (Guid companyId, string month, CreditStatements statements, CancellationToken ct) =>
            TypedResults.Ok(await statements.StatementAsync(companyId, month, ct)));

        var manage = tenantRoutes.MapGroup("/api/admin/credit-accounts/{companyId:guid}").RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPut("", async (Guid companyId, CreditAccountRequest request, ClaimsPrincipal user, CreditAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.SetAsync(companyId, request, user.Identity?.Name ?? "operator", ct)));
        manage.MapPost("/repayments", async (Guid companyId, RepaymentRequest request, ClaimsPrincipal user, CreditAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.RepayAsync(companyId, request, user.Identity?.Name ?? "operator", ct)));
    }
}
