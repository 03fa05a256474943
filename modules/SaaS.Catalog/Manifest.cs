using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Catalog;

public sealed class Manifest : IModuleManifest
{
    public const string CatalogFeature = "Catalog";

    public string Name => "Catalog";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(CatalogFeature, "Catalog", "Categories with attributes; merchants publish products with SKUs, tiered prices, MOQ and stock.", "Commerce", "Merchants"),
    ];
}
