using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Storefront;

public sealed class Manifest : IModuleManifest
{
    public const string StorefrontFeature = "Storefront";

    public string Name => "Storefront";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(StorefrontFeature, "Storefront", "The marketplace's public pages for buyers.", "Storefront"),
    ];
}
