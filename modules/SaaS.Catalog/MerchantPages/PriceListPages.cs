using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Pricing;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.MerchantPages;

/// <summary>The merchant center's price lists: which buyer companies get which discount.</summary>
public static class PriceListPages
{
    public static void MapPriceListPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup("/merchant/price-lists").RequireAuthorization();
        pages.MapGet("", (Delegate)((HttpContext http) => RenderAsync(http, new Dictionary<string, string>(), new Dictionary<string, string>())));
        pages.MapPost("/{action:regex(^(save|delete)$)}", async (string action, HttpContext http, [FromForm] IFormCollection form) =>
        {
            var services = http.RequestServices;
            try
            {
                var actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, MerchantCatalogPermissions.ManageProducts, http.RequestAborted);
                var lists = services.GetRequiredService<PriceLists>();
                Guid? id = Guid.TryParse(form["id"], out var parsed) ? parsed : null;
                if (action == "delete") await lists.DeleteAsync(actor, id ?? Guid.Empty, http.RequestAborted);
                else
                {
                    await lists.SaveAsync(actor, id, new PriceListRequest(form["name"],
                        decimal.TryParse(form["discountPercent"], NumberStyles.Number, CultureInfo.InvariantCulture, out var discount) ? discount : null,
                        form["companies"].ToString().Split([',', '，', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), http.RequestAborted);
                }
                return Results.Redirect($"{http.Request.PathBase}/merchant/price-lists?message={Uri.EscapeDataString(action == "delete" ? "Price list deleted." : "Price list saved.")}");
            }
            catch (ProblemException problem) when (problem is not ForbiddenException)
            {
                var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
                return await RenderAsync(http, values, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status);
            }
        });
    }

    private static Task<IResult> RenderAsync(HttpContext http, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, int status = StatusCodes.Status200OK) =>
        http.RequestServices.GetRequiredService<IMerchantCenter>().RenderAsync(http, "MerchantPriceLists", "Price lists", MerchantCatalogPermissions.ManageProducts, async actor =>
            new PriceListsModel(await http.RequestServices.GetRequiredService<PriceLists>().ListAsync(actor, http.RequestAborted), values, errors), status);
}
