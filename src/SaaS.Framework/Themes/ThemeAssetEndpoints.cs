using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace SaaS.Themes;

public static class ThemeAssetEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Serves <c>/themes/{theme}/{version}/{path}</c> for the host and every tenant alike: the URL changes with the
    /// theme's version, so the answer may be cached for a year.
    /// </summary>
    public static void MapThemeAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet(ThemeAssets.RoutePrefix + "/{theme}/{version}/{**path}", (string theme, string version, string? path, ThemeCatalog themes, HttpContext http) =>
        {
            var descriptor = themes.Find(theme);
            if (descriptor is null || string.IsNullOrEmpty(path) || !Directory.Exists(descriptor.AssetsFolder)) return Results.NotFound();
            // PhysicalFileProvider refuses paths that climb out of the folder.
            var file = new PhysicalFileProvider(descriptor.AssetsFolder).GetFileInfo(path);
            if (!file.Exists || file.IsDirectory || file.PhysicalPath is null) return Results.NotFound();
            http.Response.Headers.CacheControl = version == descriptor.Version
                ? "public, max-age=31536000, immutable"
                : "public, max-age=300";
            return Results.File(file.PhysicalPath, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
        });
    }
}
