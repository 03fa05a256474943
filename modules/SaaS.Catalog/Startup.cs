using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Catalog.AdminPages;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.MerchantPages;
using SaaS.Catalog.Imports;
using SaaS.Catalog.Pricing;
using SaaS.Catalog.Products;
using SaaS.Catalog.Recipes;
using SaaS.Catalog.Reviews;
using SaaS.Catalog.Storefront;
using SaaS.Data;
using SaaS.Merchants;
using SaaS.Blocks;
using SaaS.Catalog.Blocks;
using SaaS.Jobs;
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
        services.AddScoped<PriceLists>();
        services.AddScoped<SaaS.Inventory.IInventory, Inventory.CatalogInventory>();
        services.AddScoped<ICatalogLookup, Inventory.CatalogLookup>();
        services.AddScoped<Images.ProductImages>();
        services.AddScoped<SaaS.Seo.ISitemapSource, CatalogSitemap>();
        services.AddScoped<ProductImports>();
        services.AddTenantJob<ProductImportRecovery>();
        services.AddBlockType(CatalogBlocks.ProductGrid);
        services.AddBlockType(CatalogBlocks.CategoryNav);
        services.AddBlockData<ProductGridData>();
        services.AddBlockData<CategoryNavData>();
        services.AddScoped<ProductSheets>();
        services.AddPermissions<CatalogPermissions>();
        services.AddMerchantPermissions<MerchantCatalogPermissions>();
        services.AddRecipeStep<CategoriesStep>();
        services.AddRecipeStep<AttributesStep>();
        services.AddRecipeStep<ProductsStep>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Products", "/merchant/products", MerchantCatalogPermissions.ViewProducts, 100, Manifest.CatalogFeature));
        services.AddMerchantCenterSection(new MerchantCenterSection("Price lists", "/merchant/price-lists", MerchantCatalogPermissions.ManageProducts, 110, Manifest.CatalogFeature));
        services.AddModuleViews(typeof(Startup).Assembly);
        services.AddAdminMenuItem(new AdminMenuItem("Catalog", "/admin/catalog", CatalogPermissions.ManageCatalog, 400, Manifest.CatalogFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Product reviews", "/admin/product-reviews", CatalogPermissions.ReviewProducts, 410, Manifest.CatalogFeature));
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapCatalogEndpoints();
        tenantRoutes.MapStorefrontPages();
        tenantRoutes.MapProductAdminPages();
        tenantRoutes.MapCatalogAdminPages();
        tenantRoutes.MapPriceListPages();
        tenantRoutes.MapProductImportEndpoints();
        tenantRoutes.MapProductImportPages();
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(CategoryPageModel), typeof(ProductPageModel), typeof(ListingPage), typeof(ListingItem), typeof(ProductView), typeof(SkuView),
        typeof(TierRequest), typeof(Category), typeof(CategoryNode), typeof(AttributeDefinition), typeof(MerchantCard),
        typeof(ProductListModel), typeof(BulkResult), typeof(EditorModel), typeof(PhotoMove), typeof(CategoryOption), typeof(AttributeField), typeof(VariantField),
        typeof(SkuRow), typeof(VariantValue), typeof(AttributeValueView), typeof(SkuOption), typeof(AddToCartView),
        typeof(CatalogAdminModel), typeof(CategoryRow), typeof(ReviewQueueModel), typeof(ReviewRow), typeof(BuyerPrice), typeof(BuyerSkuPrice), typeof(PriceListsModel), typeof(PriceListView), typeof(SaaS.Companies.CompanyCard), typeof(Images.ImageView), typeof(FacetView), typeof(FacetLink), typeof(SaaS.Search.ListingFacet), typeof(SaaS.Search.ListingFacetValue),
        typeof(ImportPageModel), typeof(ProductImportView), typeof(SheetError),
    ];
}
