using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Blocks;
using SaaS.Data;
using SaaS.Decoration.Blocks;
using SaaS.Decoration.Data;
using SaaS.Decoration.Editor;
using SaaS.Decoration.Pages;
using SaaS.Decoration.Recipes;
using SaaS.Decoration.Storefront;
using SaaS.Merchants;
using SaaS.Modules;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Decoration;

public sealed class Startup : IModuleStartup
{
    private static readonly Type[] LiquidModels =
    [
        typeof(BlockModel), typeof(PageEditorModel), typeof(PaletteItem), typeof(EditorBlock), typeof(EditorField), typeof(OperatorFrame),
        typeof(PagesOverviewModel), typeof(PageSummary), typeof(PageVersionView), typeof(AppearanceView), typeof(ShopInquiry), typeof(MarketplacePageModel),
        typeof(ShopPageModel), typeof(ShopLook), typeof(ShopNavLink), typeof(InquiryResult),
    ];

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<DecorationDbContext>(DecorationDbContext.MigrationsHistoryTable);
        services.AddScoped<BlockCatalog>();
        services.AddScoped<BlockValidator>();
        services.AddScoped<PageService>();
        services.AddScoped<ComposedPages>();
        services.AddScoped<IComposedPages>(provider => provider.GetRequiredService<ComposedPages>());
        services.AddScoped<ShopAppearances>();
        services.AddScoped<Inquiries>();
        services.AddScoped<ShopImages>();
        services.AddScoped<PageEditor>();
        services.AddScoped<ShopPageModels>();
        foreach (var type in CoreBlocks.All) services.AddBlockType(type);
        services.AddPermissions<DecorationPermissions>();
        services.AddMerchantPermissions<MerchantDecorationPermissions>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Shop decoration", "/merchant/shop", MerchantDecorationPermissions.DecorateShop, 50, Manifest.DecorationFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Pages", "/admin/pages", DecorationPermissions.ManagePages, 150, Manifest.DecorationFeature));
        services.AddRecipeStep<PagesStep>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapPageEndpoints();
        tenantRoutes.MapEditorPages();
        tenantRoutes.MapDecoratedStorefront();
    }
}
