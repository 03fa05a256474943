using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SaaS.Identity;
using SaaS.Security;

namespace SaaS.Features;

public static class FeatureEndpoints
{
    public static void MapFeatureEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var features = tenantRoutes.MapGroup("/api/admin/features").RequirePermission(CorePermissions.ManageFeatures);
        features.MapGet("", async (FeatureService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct)));
        features.MapPost("/{id}/enable", async Task<Ok<FeatureChange>> (string id, FeatureService service, CancellationToken ct) =>
        {
            var enabled = await service.EnableAsync([id], ct);
            return TypedResults.Ok(new FeatureChange(id, Enabled: true, enabled));
        });
        features.MapPost("/{id}/disable", async Task<Ok<FeatureChange>> (string id, FeatureService service, CancellationToken ct) =>
        {
            await service.DisableAsync(id, ct);
            return TypedResults.Ok(new FeatureChange(id, Enabled: false, []));
        });
    }
}

