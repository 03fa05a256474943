using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Seo;

public sealed class Manifest : IModuleManifest
{
    public const string SeoFeature = "Seo";

    public string Name => "Seo";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(SeoFeature, "Search engine optimisation", "robots.txt and sitemap.xml for the storefront.", "Storefront", "Storefront"),
    ];
}
