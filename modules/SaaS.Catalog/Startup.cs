using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Imports;
using SaaS.Catalog.Products;
using SaaS.Catalog.Recipes;
using SaaS.Catalog.Reviews;
using SaaS.Catalog.Storefront;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Modules;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Catalog;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<CatalogDbContext>(CatalogDbContext.MigrationsHistoryTable);
        services.AddScoped<CategoryService>();
        services.AddScoped<ProductService>();
        services.AddScoped<ProductReviews>();
        services.AddScoped<ProductCatalog>();
        services.AddScoped<ProductImports>();
        services.AddScoped<ProductSheets>();
        services.AddPermissions<CatalogPermissions>();
        services.AddMerchantPermissions<MerchantCatalogPermissions>();
        services.AddRecipeStep<CategoriesStep>();
        services.AddRecipeStep<AttributesStep>();
        services.AddRecipeStep<ProductsStep>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapCatalogEndpoints();
        tenantRoutes.MapStorefrontPages();
        tenantRoutes.MapProductImportEndpoints();
        tenantRoutes.MapProductImportPages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(CategoryPageModel), typeof(ProductPageModel), typeof(ListingPage), typeof(ListingItem), typeof(ProductView), typeof(SkuView),
        typeof(TierRequest), typeof(Category), typeof(CategoryNode), typeof(AttributeDefinition), typeof(MerchantCard),
        typeof(ImportPageModel), typeof(ProductImportView), typeof(SheetError),
    ];
}
