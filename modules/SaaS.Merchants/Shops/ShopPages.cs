using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Blocks;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Themes;

namespace SaaS.Merchants.Shops;

/// <summary>
/// The storefront's merchant directory and each merchant's shop page, created with the merchant on approval.
/// Shop decoration (blocks, banners) builds on these pages.
/// </summary>
public static class ShopPages
{
    public static void MapShopPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/merchants", async (string? category, MerchantsDbContext db, IStorefrontRenderer renderer, CancellationToken ct) =>
        {
            var active = (await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Active).OrderBy(m => m.Name).ToListAsync(ct))
                .Select(ShopModel.From).ToList();
            var categories = active.SelectMany(s => s.Categories).Distinct().Order(StringComparer.Ordinal).ToList();
            var shown = category is null ? active : active.Where(s => s.Categories.Contains(category)).ToList();
            return await renderer.RenderAsync("MerchantDirectory", new DirectoryModel(shown, category, categories), "Merchants");
        });
        tenantRoutes.MapGet("/shops/{id:guid}", async (Guid id, HttpContext http, MerchantsDbContext db, IStorefrontRenderer renderer, CancellationToken ct) =>
        {
            var merchant = await db.Merchants.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
            if (merchant is null) return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            var shop = ShopModel.From(merchant);
            // With shop decoration on, the shop's published home page and look; otherwise the plain shop card.
            if (shop.Open && http.RequestServices.GetService<IComposedPages>() is { } pages)
            {
                var look = await pages.ShopLookAsync(id, "home", ct);
                var blocks = await pages.PublishedAsync(id, "home", ct) ?? [];
                return await renderer.RenderComposedAsync("MerchantShop", shop with { Look = look, Decorated = blocks.Count > 0 }, blocks, merchant.Name);
            }
            return await renderer.RenderAsync("MerchantShop", shop, merchant.Name);
        });
    }
}
