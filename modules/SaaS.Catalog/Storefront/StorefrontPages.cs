using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Categories;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS.Catalog.Storefront;

/// <summary>The storefront's category and product pages, in the tenant's theme.</summary>
public static class StorefrontPages
{
    public static void MapStorefrontPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/c/{slug}", async (string slug, string? sort, bool? inStock, decimal? minPrice, decimal? maxPrice, int? page, HttpContext http) =>
        {
            var services = http.RequestServices;
            var categories = services.GetRequiredService<CategoryService>();
            var renderer = services.GetRequiredService<IStorefrontRenderer>();
            // One read of the tree serves the breadcrumbs, the subcategories and the facet names.
            var snapshot = await categories.SnapshotAsync(http.RequestAborted);
            var category = snapshot.BySlug(slug);
            if (category is null) return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            var order = sort is "price_asc" or "price_desc" ? sort : "newest";
            var attributes = http.Request.Query.Where(q => q.Key.StartsWith("a.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(q.Value))
                .ToDictionary(q => q.Key[2..], q => q.Value.ToString());
            Guid? merchant = Guid.TryParse(http.Request.Query["merchant"], out var merchantId) ? merchantId : null;
            var verifiedBuyer = await services.GetRequiredService<ICompanyDirectory>().IsVerifiedBuyerAsync(http.User, http.RequestAborted);
            ListingPage listing;
            try
            {
                listing = await services.GetRequiredService<ProductCatalog>().ListAsync(
                    new ListingQuery(category.Id, merchant, inStock ?? false, minPrice, maxPrice, order, page ?? 1) { Attributes = attributes, VerifiedBuyer = verifiedBuyer },
                    http.RequestAborted);
            }
            catch (ValidationFailedException)
            {
                // A hand-edited filter the index refuses (an attribute that is not filterable, page 999): start over.
                return Results.Redirect($"{http.Request.PathBase}/c/{slug}");
            }
            var names = snapshot.AttributesFor(category.Id).ToDictionary(a => a.Code, a => a.Name);
            var facets = listing.Facets.Where(f => f.Values.Count > 1 || http.Request.Query.ContainsKey(f.Key))
                .Select(f => new FacetView(f.Key == "merchant" ? "Merchant" : names.GetValueOrDefault(f.Key[2..], f.Key[2..]),
                    f.Values.Select(v => new FacetLink(v.Label, v.Count, Toggle(http, slug, f.Key, v.Value), http.Request.Query[f.Key] == v.Value)).ToList()))
                .ToList();
            var children = snapshot.All.Where(c => c.ParentId == category.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new CategoryNode(c.Id, c.Slug, c.Name, c.ParentId, [], c.VerifiedBuyersOnly)).ToList();
            var model = new CategoryPageModel(category, snapshot.Path(category.Id), children, listing, order, inStock ?? false, minPrice, maxPrice)
            {
                Facets = facets, ForVerifiedBuyers = !verifiedBuyer && snapshot.VerifiedBuyersOnly(category.Id),
            };
            return await renderer.RenderAsync("CategoryPage", model, category.Name);
        });
        tenantRoutes.MapGet("/p/{slug}", async (string slug, HttpContext http) =>
        {
            var services = http.RequestServices;
            var renderer = services.GetRequiredService<IStorefrontRenderer>();
            try
            {
                var verifiedBuyer = await services.GetRequiredService<ICompanyDirectory>().IsVerifiedBuyerAsync(http.User, http.RequestAborted);
                var listed = await services.GetRequiredService<ProductCatalog>().PublishedAsync(slug, verifiedBuyer, http.RequestAborted);
                var product = listed with { BuyerPrice = await services.GetRequiredService<Pricing.PriceLists>().ForBuyerAsync(http.User, listed, http.RequestAborted) };
                var snapshot = await services.GetRequiredService<CategoryService>().SnapshotAsync(http.RequestAborted);
                var definitions = snapshot.AttributesFor(product.CategoryId);
                var attributes = definitions.Where(d => product.Attributes.TryGetProperty(d.Code, out _))
                    .Select(d => new AttributeValueView(d.Name, Display(product.Attributes.GetProperty(d.Code), d))).ToList();
                var merchant = (await services.GetRequiredService<IMerchantDirectory>().FindAsync([product.MerchantId], http.RequestAborted))[product.MerchantId];
                var model = new ProductPageModel(product, snapshot.Path(product.CategoryId), attributes, merchant) { AddToCart = AddToCart(http) };
                return await renderer.RenderAsync("ProductPage", model, product.Title);
            }
            catch (NotFoundException)
            {
                return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            }
        });
    }

    /// <summary>The add-to-cart forms a module offers, while its feature is on here.</summary>
    private static AddToCartView? AddToCart(HttpContext http)
    {
        var form = http.RequestServices.GetService<AddToCartForm>();
        if (form is null || !http.RequestServices.GetRequiredService<ITenant>().IsFeatureEnabled(form.FeatureId)) return null;
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new AddToCartView(form.Action, tokens.FormFieldName, tokens.RequestToken!);
    }

    /// <summary>This page's address with <paramref name="key"/> set to <paramref name="value"/>, or removed when it already is; back to page 1.</summary>
    private static string Toggle(HttpContext http, string slug, string key, string value)
    {
        var query = http.Request.Query.Where(q => q.Key != "page" && q.Key != key).SelectMany(q => q.Value.Select(v => (q.Key, Value: v ?? ""))).ToList();
        if (http.Request.Query[key] != value) query.Add((key, value));
        return $"{http.Request.PathBase}/c/{slug}" + (query.Count == 0 ? "" : "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}")));
    }

    private static string Display(JsonElement value, AttributeDefinition definition) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => v.GetString())),
        JsonValueKind.True => "✓",
        JsonValueKind.False => "✗",
        JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture) + (definition.Unit is null ? "" : $" {definition.Unit}"),
        _ => value.GetString() ?? "",
    };
}
