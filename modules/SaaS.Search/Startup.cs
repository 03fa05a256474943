using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Jobs;
using SaaS.Merchants.Events;
using SaaS.Modules;
using SaaS.Recipes;
using SaaS.Search.Data;
using SaaS.Search.Index;
using SaaS.Search.Indexing;
using SaaS.Search.Querying;
using SaaS.Search.Storefront;
using SaaS.Search.Synonyms;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Search;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<SearchDbContext>(SearchDbContext.MigrationsHistoryTable);
        services.AddSingleton(provider => provider.GetService<IConfiguration>()?.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions());
        services.AddSingleton<SearchAnalyzers>();
        services.AddSingleton<TenantIndexes>();
        services.AddSingleton<SearchSignals>();
        services.AddSingleton<QueryBuilder>();
        services.AddSingleton<TitleHighlighter>();
        services.AddHostedService<CatchUpWorker>();
        services.AddTenantJob<IndexingTaskPruning>();
        services.AddScoped<IndexingTasks>();
        services.AddScoped<IndexUpdater>();
        services.AddScoped<SearchService>();
        services.AddScoped<IProductListing, IndexedProductListing>();
        services.AddScoped<SynonymService>();
        services.AddEventHandler<ProductChanged, ProductChangedHandler>();
        services.AddEventHandler<ProductsCreated, ProductChangedHandler>();
        services.AddEventHandler<CatalogStructureChanged, CatalogStructureChangedHandler>();
        services.AddEventHandler<CategoryVisibilityChanged, CategoryVisibilityChangedHandler>();
        services.AddEventHandler<MerchantSuspended, MerchantSuspendedHandler>();
        services.AddEventHandler<MerchantReinstated, MerchantReinstatedHandler>();
        services.AddPermissions<SearchPermissions>();
        services.AddRecipeStep<SynonymsStep>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in new[] { typeof(SearchPageModel), typeof(SearchHit), typeof(FacetGroup), typeof(FacetLink), typeof(SortLink) })
        {
            services.AddSingleton(new LiquidModel(model));
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes) => tenantRoutes.MapSearchEndpoints();
}
