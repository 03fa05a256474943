using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Companies;
using SaaS.Orders;
using SaaS.Payments.Payments;
using SaaS.Security;

namespace SaaS.Payments.BankTransfer;

/// <summary>
/// Bank transfers: the buyer submits the remittance and reads its slip back; the operator lists payments, confirms
/// what the bank statement shows, rejects a slip, sends a surplus back and records bank refunds sent.
/// </summary>
public static class BankTransferEndpoints
{
    public static void MapBankTransferEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var buyer = tenantRoutes.MapGroup("/api/payments/{id:guid}").RequireAuthorization();
        buyer.MapPost("/remittance", async (Guid id, HttpContext http, ICompanyDirectory companies, Remittances remittances) =>
        {
            var payer = Payer.Company(await companies.RequireBuyerAsync(http.User, http.RequestAborted));
            var form = await RemittanceForm.ReadAsync(http.Request, http.RequestAborted);
            return TypedResults.Ok(await remittances.SubmitAsync(payer, id, form, http.RequestAborted));
        }).DisableAntiforgery();
        buyer.MapGet("/remittances/{remittanceId:guid}/slip", async (Guid id, Guid remittanceId, HttpContext http, ICompanyDirectory companies, Remittances remittances) =>
        {
            var payer = Payer.Company(await companies.RequireBuyerAsync(http.User, http.RequestAborted));
            return (await remittances.SlipAsync(payer, id, remittanceId, http.RequestAborted)).Serve(http);
        });

        var admin = tenantRoutes.MapGroup("/api/admin");
        var books = admin.MapGroup("").RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("/payments", async (string? state, string? method, string? purpose, string? page, string? pageSize, OperatorPayments payments, CancellationToken ct) =>
            TypedResults.Ok(await payments.ListAsync(payments.Parse(state, method, purpose, page, pageSize), ct)));
        books.MapGet("/payments/{id:guid}", async (Guid id, OperatorPayments payments, CancellationToken ct) => TypedResults.Ok(await payments.GetAsync(id, ct)));
        books.MapGet("/refunds", async (string? state, string? method, BankRefunds refunds, CancellationToken ct) => TypedResults.Ok(await refunds.ListAsync(state, method, ct)));

        var manage = admin.MapGroup("").RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPost("/payments/{id:guid}/confirm", async (Guid id, ConfirmTransferRequest request, ClaimsPrincipal user, BankTransferDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.ConfirmAsync(id, request, user.Identity?.Name ?? "operator", ct)));
        manage.MapPost("/payments/{id:guid}/reject", async (Guid id, RejectRemittanceRequest request, ClaimsPrincipal user, BankTransferDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.RejectAsync(id, request, user.Identity?.Name ?? "operator", ct)));
        manage.MapPost("/payments/{id:guid}/refund-excess", async (Guid id, ReturnExcessRequest request, ClaimsPrincipal user, BankTransferDesk desk, CancellationToken ct) =>
            TypedResults.Ok(await desk.ReturnExcessAsync(id, request, user.Identity?.Name ?? "operator", ct)));
        manage.MapGet("/payments/{id:guid}/remittances/{remittanceId:guid}/slip", async (Guid id, Guid remittanceId, HttpContext http, Remittances remittances) =>
            (await remittances.SlipAsync(id, remittanceId, http.RequestAborted)).Serve(http));
        manage.MapPost("/refunds/{id:guid}/sent", async (Guid id, RefundSentRequest request, ClaimsPrincipal user, BankRefunds refunds, CancellationToken ct) =>
            TypedResults.Ok(await refunds.SentAsync(id, request, user.Identity?.Name ?? "operator", ct)));
    }
}
