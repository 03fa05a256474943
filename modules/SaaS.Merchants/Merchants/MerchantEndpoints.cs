using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants.Applications;
using SaaS.Security;

namespace SaaS.Merchants.Merchants;

/// <summary>The public directory, the merchant's own profile, and the operator's merchant list.</summary>
public static class MerchantEndpoints
{
    public static void MapMerchantEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/api/merchants", async (MerchantApplications applications, CancellationToken ct) =>
            TypedResults.Ok((await applications.DirectoryAsync(ct)).Select(MerchantListing.From).ToList()));

        tenantRoutes.MapGet("/api/merchant/profile", async (HttpContext http, MerchantProfiles profiles) =>
            TypedResults.Ok(await profiles.GetAsync(http.GetMerchantActor(), http.RequestAborted))).RequireMerchantPermission();
        tenantRoutes.MapPut("/api/merchant/profile", async (ProfileRequest request, HttpContext http, MerchantProfiles profiles) =>
            TypedResults.Ok(await profiles.UpdateAsync(http.GetMerchantActor(), request, http.RequestAborted)))
            .RequireMerchantPermission(MerchantCenterPermissions.EditProfile);

        var admin = tenantRoutes.MapGroup("/api/admin/merchants").RequirePermission(MerchantPermissions.ManageMerchants);
        admin.MapGet("", async (MerchantStatus? status, string? q, MerchantAdministration merchants, CancellationToken ct) =>
            TypedResults.Ok((await merchants.ListAsync(status, q, ct)).Select(m => new { m.Id, m.Name, m.CreditCode, Status = m.Status.ToString(), m.SuspensionReason })));
        admin.MapPost("/{id:guid}/suspend", async (Guid id, ReasonRequest request, MerchantAdministration merchants, CancellationToken ct) =>
        {
            await merchants.SuspendAsync(id, request.Reason, ct);
            return TypedResults.Ok(new { id, status = nameof(MerchantStatus.Suspended) });
        });
        admin.MapPost("/{id:guid}/reinstate", async (Guid id, MerchantAdministration merchants, CancellationToken ct) =>
        {
            await merchants.ReinstateAsync(id, ct);
            return TypedResults.Ok(new { id, status = nameof(MerchantStatus.Active) });
        });
        admin.MapGet("/{id:guid}/publishing", async (Guid id, MerchantAdministration merchants, IMerchantPublishing publishing, CancellationToken ct) =>
        {
            await merchants.GetAsync(id, ct);
            var blockers = await publishing.BlockersAsync(id, ct);
            return TypedResults.Ok(new { canPublish = blockers.Count == 0, blockers });
        });
    }
}
