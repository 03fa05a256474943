using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Merchants;

public sealed class Manifest : IModuleManifest
{
    public const string MerchantsFeature = "Merchants";

    public string Name => "Merchants";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(MerchantsFeature, "Merchants", "Verified suppliers apply, are reviewed by the operator and sell in the marketplace.", "Commerce", "Storefront"),
    ];
}
