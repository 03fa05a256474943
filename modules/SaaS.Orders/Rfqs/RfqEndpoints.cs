using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Orders.Checkout;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Rfqs;

/// <summary>The quote JSON API: the buyer company's requests for quotes, and the merchant's quote desk.</summary>
public static class RfqEndpoints
{
    public static void MapRfqEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var rfqs = tenantRoutes.MapGroup("/api/rfqs").RequireAuthorization();
        rfqs.MapPost("", async (RfqRequest request, ClaimsPrincipal user, BuyerRfqs service, CancellationToken ct) =>
        {
            var rfq = await service.RequestAsync(user, request, ct);
            return TypedResults.Created($"/api/rfqs/{rfq.Id}", rfq);
        });
        rfqs.MapGet("", async (RfqState? state, ClaimsPrincipal user, BuyerRfqs service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(user, state, ct)));
        rfqs.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, BuyerRfqs service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(user, id, ct)));
        rfqs.MapPost("/{id:guid}/messages", async (Guid id, MessageRequest request, ClaimsPrincipal user, BuyerRfqs service, CancellationToken ct) =>
            TypedResults.Ok(await service.PostAsync(user, id, request, ct)));
        rfqs.MapPost("/{id:guid}/accept", async (Guid id, CheckoutRequest request, ClaimsPrincipal user, BuyerRfqs service, CancellationToken ct) =>
            TypedResults.Ok(await service.AcceptAsync(user, id, request, ct)));

        var desk = tenantRoutes.MapGroup("/api/merchant/rfqs").RequireMerchantPermission(MerchantRfqPermissions.ViewRfqs);
        desk.MapGet("", async (RfqState? state, HttpContext http, MerchantRfqs service) => TypedResults.Ok(await service.ListAsync(http.GetMerchantActor(), state, http.RequestAborted)));
        desk.MapGet("/{id:guid}", async (Guid id, HttpContext http, MerchantRfqs service) => TypedResults.Ok(await service.GetAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        var quote = desk.MapGroup("").RequireMerchantPermission(MerchantRfqPermissions.QuoteRfqs);
        quote.MapPost("/{id:guid}/quote", async (Guid id, QuoteRequest request, HttpContext http, MerchantRfqs service) =>
            TypedResults.Ok(await service.QuoteAsync(http.GetMerchantActor(), id, request, http.RequestAborted)));
        quote.MapPost("/{id:guid}/decline", async (Guid id, ReasonRequest request, HttpContext http, MerchantRfqs service) =>
            TypedResults.Ok(await service.DeclineAsync(http.GetMerchantActor(), id, request.Reason, http.RequestAborted)));
        quote.MapPost("/{id:guid}/messages", async (Guid id, MessageRequest request, HttpContext http, MerchantRfqs service) =>
            TypedResults.Ok(await service.PostAsync(http.GetMerchantActor(), id, request, http.RequestAborted)));
    }
}
