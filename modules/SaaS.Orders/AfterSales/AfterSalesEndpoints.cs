using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

/// <summary>The after-sales JSON API: the buyer company files and follows requests, the merchant answers them.</summary>
public static class AfterSalesEndpoints
{
    public static void MapAfterSalesEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var onOrder = tenantRoutes.MapGroup("/api/orders/{orderId:guid}/after-sales").RequireAuthorization();
        onOrder.MapPost("", async (Guid orderId, AfterSalesRequestBody body, ClaimsPrincipal user, BuyerAfterSales service, CancellationToken ct) =>
        {
            var view = await service.RequestAsync(user, orderId, body, ct);
            return TypedResults.Created($"/api/orders/{orderId}", view);
        });
        onOrder.MapPost("/photos", async (Guid orderId, HttpContext http, BuyerAfterSales service) =>
        {
            if (!http.Request.HasFormContentType) throw new ValidationFailedException("file", "Send the photo as multipart/form-data in 'file'.");
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var photo = await service.UploadPhotoAsync(http.User, orderId, form.Files.GetFile("file"), http.RequestAborted);
            return TypedResults.Created(photo.Url, photo);
        }).DisableAntiforgery();
        onOrder.MapGet("/photos/{photoId:guid}", (Guid orderId, Guid photoId, ClaimsPrincipal user, BuyerAfterSales service, CancellationToken ct) =>
            service.PhotoAsync(user, orderId, photoId, ct));

        var buyer = tenantRoutes.MapGroup("/api/after-sales/{id:guid}").RequireAuthorization();
        buyer.MapPost("/return-shipment", async (Guid id, ReturnShipmentRequest body, ClaimsPrincipal user, BuyerAfterSales service, CancellationToken ct) =>
            TypedResults.Ok(await service.ShipBackAsync(user, id, body, ct)));
        buyer.MapPost("/cancel", async (Guid id, ClaimsPrincipal user, BuyerAfterSales service, CancellationToken ct) => TypedResults.Ok(await service.CancelAsync(user, id, ct)));

        var desk = tenantRoutes.MapGroup("/api/merchant/after-sales").RequireMerchantPermission(MerchantOrderPermissions.ViewOrders);
        desk.MapGet("", async (AfterSalesState? state, HttpContext http, MerchantAfterSales service) =>
            TypedResults.Ok(await service.ListAsync(http.GetMerchantActor(), state, http.RequestAborted)));
        desk.MapGet("/{id:guid}", async (Guid id, HttpContext http, MerchantAfterSales service) =>
            TypedResults.Ok(await service.GetAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        tenantRoutes.MapGet("/api/merchant/orders/{orderId:guid}/after-sales/photos/{photoId:guid}", (Guid orderId, Guid photoId, HttpContext http, MerchantAfterSales service) =>
            service.PhotoAsync(http.GetMerchantActor(), orderId, photoId, http.RequestAborted)).RequireMerchantPermission(MerchantOrderPermissions.ViewOrders);

        var handle = desk.MapGroup("/{id:guid}").RequireMerchantPermission(MerchantOrderPermissions.HandleAfterSales);
        handle.MapPost("/accept", async (Guid id, AcceptAfterSalesRequest? body, HttpContext http, MerchantAfterSales service) =>
            TypedResults.Ok(await service.AcceptAsync(http.GetMerchantActor(), id, body ?? new AcceptAfterSalesRequest(null), http.RequestAborted)));
        handle.MapPost("/reject", async (Guid id, RejectAfterSalesRequest body, HttpContext http, MerchantAfterSales service) =>
            TypedResults.Ok(await service.RejectAsync(http.GetMerchantActor(), id, body, http.RequestAborted)));
        handle.MapPost("/receive", async (Guid id, ReceiveReturnRequest body, HttpContext http, MerchantAfterSales service) =>
            TypedResults.Ok(await service.ReceiveAsync(http.GetMerchantActor(), id, body, http.RequestAborted)));
    }
}
