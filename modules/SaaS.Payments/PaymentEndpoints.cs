using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Payments.Commissions;
using SaaS.Payments.Payments;
using SaaS.Payments.Refunds;
using SaaS.Payments.Stripe;
using SaaS.Security;

namespace SaaS.Payments;

/// <summary>The payments JSON API: buyers pay; Stripe reports; the operator sets providers and commissions and reads the books.</summary>
public static class PaymentEndpoints
{
    public static void MapPaymentEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var payments = tenantRoutes.MapGroup("/api/payments").RequireAuthorization();
        payments.MapGet("", async (Guid? checkout, ClaimsPrincipal user, BuyerPayments service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(user, checkout, ct)));
        payments.MapPost("", async (StartPaymentRequest request, ClaimsPrincipal user, BuyerPayments service, CancellationToken ct) =>
        {
            var payment = await service.StartAsync(user, request, ct);
            return TypedResults.Created($"/api/payments/{payment.Id}", payment);
        });
        payments.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, BuyerPayments service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(user, id, ct)));
        payments.MapPost("/{id:guid}/refresh", async (Guid id, ClaimsPrincipal user, BuyerPayments service, CancellationToken ct) => TypedResults.Ok(await service.RefreshAsync(user, id, ct)));
        payments.MapPost("/{id:guid}/card/confirm", async (Guid id, ConfirmCardRequest request, HttpContext http, BuyerPayments service) =>
            TypedResults.Ok(await service.ConfirmCardAsync(http.User, id, request, ReturnUrl(http, id), http.RequestAborted)));

        tenantRoutes.MapPost("/api/payments/stripe/webhook", async (HttpContext http, StripeWebhook webhook) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var outcome = await webhook.HandleAsync(await reader.ReadToEndAsync(http.RequestAborted), http.Request.Headers["Stripe-Signature"], http.RequestAborted);
            return TypedResults.Ok(new { received = true, outcome });
        }).AllowAnonymous().DisableAntiforgery();

        var admin = tenantRoutes.MapGroup("/api/admin");
        var manage = admin.MapGroup("").RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapGet("/payments/settings", async (PaymentSettingsStore store, CancellationToken ct) => TypedResults.Ok(await store.ViewAsync(ct)));
        manage.MapPut("/payments/settings", async (PaymentSettingsRequest request, PaymentSettingsStore store, CancellationToken ct) => TypedResults.Ok(await store.SaveAsync(request, ct)));
        manage.MapPost("/orders/{id:guid}/refunds", async (Guid id, OrderRefundRequest request, RefundBook refunds, CancellationToken ct) =>
            TypedResults.Ok(RefundView.Of(await refunds.RefundOrderAsync(id, request, ct))));
        manage.MapGet("/commission-rules", async (CommissionRules rules, CancellationToken ct) => TypedResults.Ok(await rules.ListAsync(ct)));
        manage.MapPost("/commission-rules", async (CommissionRuleRequest request, CommissionRules rules, CancellationToken ct) =>
        {
            var rule = await rules.CreateAsync(request, ct);
            return TypedResults.Created($"/api/admin/commission-rules/{rule.Id}", rule);
        });
        manage.MapPut("/commission-rules/{id:guid}", async (Guid id, CommissionRuleRequest request, CommissionRules rules, CancellationToken ct) => TypedResults.Ok(await rules.UpdateAsync(id, request, ct)));
        manage.MapDelete("/commission-rules/{id:guid}", async (Guid id, CommissionRules rules, CancellationToken ct) =>
        {
            await rules.DeleteAsync(id, ct);
            return TypedResults.NoContent();
        });

        var books = admin.MapGroup("/ledger").RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("/trial-balance", async (Ledger.Ledger ledger, CancellationToken ct) => TypedResults.Ok(await ledger.TrialBalanceAsync(ct)));
    }

    /// <summary>Where Stripe sends the buyer back after a card step (3-D Secure): the payment's result page.</summary>
    internal static string ReturnUrl(HttpContext http, Guid id) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/pay/{id}";
}
