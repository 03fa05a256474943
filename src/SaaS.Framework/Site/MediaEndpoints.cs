using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using SaaS.Tenants;

namespace SaaS.Site;

public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Serves files from the current tenant's own Media folder only; names change on every upload, so they may be
    /// cached for a year.
    /// </summary>
    public static void MapMediaEndpoints(this IEndpointRouteBuilder tenantRoutes) =>
        tenantRoutes.MapGet("/media/{file}", (string file, ITenant tenant, HttpContext http) =>
        {
            var folder = Path.Combine(tenant.FilesPath, "Media");
            if (!Directory.Exists(folder)) return Results.NotFound();
            var info = new PhysicalFileProvider(folder).GetFileInfo(file);
            if (!info.Exists || info.PhysicalPath is null) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(info.PhysicalPath, ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream");
        });
}
