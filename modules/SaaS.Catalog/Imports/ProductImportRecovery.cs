using Microsoft.Extensions.DependencyInjection;
using SaaS.Jobs;

namespace SaaS.Catalog.Imports;

/// <summary>Picks up imports a stopped process left behind (<see cref="ProductImports.RecoverAsync"/>), at start and hourly.</summary>
public sealed class ProductImportRecovery : ITenantJob
{
    public string Name => "product-import-recovery";

    public string? FeatureId => Manifest.CatalogFeature;

    public Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        tenantServices.GetRequiredService<ProductImports>().RecoverAsync(cancellationToken);
}
