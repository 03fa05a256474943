using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Approvals;
using SaaS.Orders.Carts;
using SaaS.Orders.Checkout;
using SaaS.Orders.Orders;
using SaaS.Orders.Overview;
using SaaS.Security;

namespace SaaS.Orders;

/// <summary>The orders JSON API: the buyer company's cart, checkout, orders, reorders and approval rule; the merchant's order desk; the operator's read-only overview.</summary>
public static class OrderEndpoints
{
    public static void MapOrderEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var cart = tenantRoutes.MapGroup("/api/cart").RequireAuthorization();
        cart.MapGet("", async (ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.GetAsync(user, ct)));
        cart.MapPost("/items", async (CartItemRequest request, ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.AddAsync(user, request, ct)));
        cart.MapPut("/items/{id:guid}", async (Guid id, CartLineUpdate request, ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.UpdateAsync(user, id, request, ct)));
        cart.MapDelete("/items/{id:guid}", async (Guid id, ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.RemoveAsync(user, id, ct)));
        cart.MapPost("/quick", async (QuickOrderRequest request, ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.QuickAsync(user, request, ct)));

        tenantRoutes.MapPost("/api/checkout", async (CheckoutRequest request, ClaimsPrincipal user, Checkouts checkouts, CancellationToken ct) =>
        {
            var result = await checkouts.CheckoutAsync(user, request, ct);
            return TypedResults.Created($"/api/orders?checkout={result.CheckoutId}", result);
        }).RequireAuthorization();

        var rules = tenantRoutes.MapGroup("/api/company/order-rules").RequireAuthorization();
        rules.MapGet("", async (ClaimsPrincipal user, OrderRules service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(user, ct)));
        rules.MapPut("", async (OrderRuleRequest request, ClaimsPrincipal user, OrderRules service, CancellationToken ct) => TypedResults.Ok(await service.SaveAsync(user, request, ct)));

        var orders = tenantRoutes.MapGroup("/api/orders").RequireAuthorization();
        orders.MapGet("", async (OrderState? state, Guid? checkout, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user, state, checkout, ct)));
        orders.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(user, id, ct)));
        orders.MapPost("/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) => TypedResults.Ok(await service.ApproveAsync(user, id, ct)));
        orders.MapPost("/{id:guid}/reject", async (Guid id, ReasonRequest request, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) =>
            TypedResults.Ok(await service.RejectAsync(user, id, request.Reason, ct)));
        orders.MapPost("/{id:guid}/cancel", async (Guid id, ReasonRequest? request, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) =>
            TypedResults.Ok(await service.CancelAsync(user, id, request?.Reason, ct)));
        orders.MapPost("/{id:guid}/receive", async (Guid id, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) => TypedResults.Ok(await service.ReceiveAsync(user, id, ct)));
        orders.MapPost("/{id:guid}/complete", async (Guid id, ClaimsPrincipal user, BuyerOrders service, CancellationToken ct) => TypedResults.Ok(await service.CompleteAsync(user, id, ct)));
        orders.MapPost("/{id:guid}/reorder", async (Guid id, ClaimsPrincipal user, Carts.Carts carts, CancellationToken ct) => TypedResults.Ok(await carts.ReorderAsync(user, id, ct)));
        tenantRoutes.MapAfterSalesEndpoints();

        var desk = tenantRoutes.MapGroup("/api/merchant/orders").RequireMerchantPermission(MerchantOrderPermissions.ViewOrders);
        desk.MapGet("", async (string? state, string? from, string? to, string? q, string? page, string? pageSize, HttpContext http, MerchantOrders service) =>
            TypedResults.Ok(await service.ListAsync(http.GetMerchantActor(), OrderQuery.Parse(state, from, to, q, page: page, pageSize: pageSize), http.RequestAborted)));
        desk.MapGet("/{id:guid}", async (Guid id, HttpContext http, MerchantOrders service) => TypedResults.Ok(await service.GetAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        var fulfil = desk.MapGroup("").RequireMerchantPermission(MerchantOrderPermissions.FulfilOrders);
        fulfil.MapPost("/{id:guid}/process", async (Guid id, HttpContext http, MerchantOrders service) => TypedResults.Ok(await service.ProcessAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        fulfil.MapPost("/{id:guid}/shipments", async (Guid id, ShipmentRequest request, HttpContext http, MerchantOrders service) =>
            TypedResults.Ok(await service.ShipAsync(http.GetMerchantActor(), id, request, http.RequestAborted)));

        var overview = tenantRoutes.MapGroup("/api/admin/orders").RequirePermission(OrderPermissions.ViewAllOrders);
        overview.MapGet("", async (string? state, string? merchantId, string? from, string? to, string? q, string? page, string? pageSize, OperatorOrders service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(OrderQuery.Parse(state, from, to, q, merchantId, page, pageSize), ct)));
        overview.MapGet("/{id:guid}", async (Guid id, OperatorOrders service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)));
    }
}
