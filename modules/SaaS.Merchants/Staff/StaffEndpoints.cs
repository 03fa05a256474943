using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SaaS.Merchants.Staff;

/// <summary>The owner's staff and role management API. Every route acts on the caller's own merchant.</summary>
public static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var staff = tenantRoutes.MapGroup("/api/merchant").RequireMerchantPermission(MerchantCenterPermissions.ManageStaff);
        staff.MapGet("/staff", async (HttpContext http, MerchantStaff service) => TypedResults.Ok(await service.ListAsync(http.GetMerchantActor(), http.RequestAborted)));
        staff.MapPost("/staff", async (InviteStaffRequest request, HttpContext http, MerchantStaff service) =>
        {
            var invited = await service.InviteAsync(http.GetMerchantActor(), request, http.RequestAborted);
            return TypedResults.Created($"/api/merchant/staff/{invited.UserId}", invited);
        });
        staff.MapPut("/staff/{userId}/role", async (string userId, InviteStaffRequest request, HttpContext http, MerchantStaff service) =>
        {
            await service.SetRoleAsync(http.GetMerchantActor(), userId, request.RoleId, http.RequestAborted);
            return TypedResults.NoContent();
        });
        staff.MapPost("/staff/{userId}/{action:regex(^(disable|enable)$)}", async (string userId, string action, HttpContext http, MerchantStaff service) =>
        {
            await service.SetDisabledAsync(http.GetMerchantActor(), userId, action == "disable", http.RequestAborted);
            return TypedResults.NoContent();
        });
        staff.MapPost("/staff/{userId}/transfer-ownership", async (string userId, HttpContext http, MerchantStaff service) =>
        {
            await service.TransferOwnershipAsync(http.GetMerchantActor(), userId, http.RequestAborted);
            return TypedResults.NoContent();
        });

        staff.MapGet("/permissions", (MerchantPermissionCatalog catalog) =>
            TypedResults.Ok(catalog.All.Select(p => new { p.Name, p.Description, p.Category, p.Templates })));
        staff.MapGet("/roles", async (HttpContext http, MerchantRoles roles) => TypedResults.Ok(await roles.ListAsync(http.GetMerchantActor(), http.RequestAborted)));
        staff.MapPost("/roles", async (RoleRequest request, HttpContext http, MerchantRoles roles) =>
        {
            var role = await roles.CreateAsync(http.GetMerchantActor(), request, http.RequestAborted);
            return TypedResults.Created($"/api/merchant/roles/{role.Id}", role);
        });
        staff.MapPut("/roles/{id:guid}", async (Guid id, RoleRequest request, HttpContext http, MerchantRoles roles) =>
            TypedResults.Ok(await roles.UpdateAsync(http.GetMerchantActor(), id, request, http.RequestAborted)));
        staff.MapDelete("/roles/{id:guid}", async (Guid id, HttpContext http, MerchantRoles roles) =>
        {
            await roles.DeleteAsync(http.GetMerchantActor(), id, http.RequestAborted);
            return TypedResults.NoContent();
        });
    }
}
