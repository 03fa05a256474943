using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.Imports;

/// <summary>The merchant's product import and export API: upload a sheet, follow its progress, fetch its error report, templates and exports.</summary>
public static class ProductImportEndpoints
{
    public static void MapProductImportEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var imports = tenantRoutes.MapGroup("/api/merchant/product-imports").RequireMerchantPermission(MerchantCatalogPermissions.ManageProducts);
        imports.MapGet("/template", async (string? format, string? category, ProductSheets sheets, CancellationToken ct) =>
            Download(await sheets.TemplateAsync(category, SheetFiles.ParseFormat(format), ct)));
        // Multipart is read by hand (no IFormFile binding), so the file's problems answer as field errors naming "file".
        // No antiforgery token: API clients send a bearer token, and the sign-in cookie is SameSite=Lax, so a
        // cross-site form post carries no session. The import page posts its own form, with a token, to /merchant/products/import.
        imports.MapPost("", async (bool? publish, HttpContext http, ProductImports service) =>
        {
            if (!http.Request.HasFormContentType) throw new ValidationFailedException("file", "Send the sheet as multipart/form-data in the field 'file'.");
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var import = await service.StartAsync(http.GetMerchantActor(), form.Files.GetFile("file"), publish ?? IsChecked(form["publish"]), http.RequestAborted);
            return TypedResults.Accepted($"{http.Request.PathBase}/api/merchant/product-imports/{import.Id}", new { id = import.Id, status = import.Status.ToString() });
        }).DisableAntiforgery();
        imports.MapGet("", async (HttpContext http, ProductImports service) =>
            TypedResults.Ok(await service.RecentAsync(http.GetMerchantActor(), 20, http.RequestAborted)));
        imports.MapGet("/{id:guid}", async (Guid id, HttpContext http, ProductImports service) =>
            TypedResults.Ok(await service.GetAsync(http.GetMerchantActor(), id, http.RequestAborted)));
        imports.MapGet("/{id:guid}/errors.csv", async (Guid id, HttpContext http, ProductImports service) =>
            TypedResults.File(await service.ErrorReportAsync(http.GetMerchantActor(), id, http.RequestAborted), SheetFiles.ContentType(SheetFormat.Csv), $"import-errors-{id:N}.csv"));

        tenantRoutes.MapGet("/api/merchant/products/export", async (string? format, HttpContext http, ProductSheets sheets) =>
            Download(await sheets.ExportAsync(http.GetMerchantActor(), SheetFiles.ParseFormat(format), http.RequestAborted)))
            .RequireMerchantPermission(MerchantCatalogPermissions.ViewProducts);
    }

    public static bool IsChecked(string? value) => value is "true" or "on" or "1";

    private static IResult Download(SheetDownload sheet) => TypedResults.File(sheet.Content, sheet.ContentType, sheet.FileName);
}
