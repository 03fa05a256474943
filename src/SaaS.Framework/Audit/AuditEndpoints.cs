using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Identity;
using SaaS.Security;

namespace SaaS.Audit;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/api/admin/audit", async (string? q, AuditLog log, CancellationToken ct) =>
            TypedResults.Ok(await log.SearchAsync(q, 500, ct))).RequirePermission(CorePermissions.ViewAuditLog);
        tenantRoutes.MapGet("/admin/audit", async (string? q, HttpContext http, AuditLog log, IAdminRenderer admin) =>
                await admin.RenderAsync(http, "Audit", new AuditModel(await log.SearchAsync(q, 200, http.RequestAborted), q), "Audit log"))
            .RequirePermission(AdminAccess.Permission).RequirePermission(CorePermissions.ViewAuditLog);
    }
}
