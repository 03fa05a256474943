using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Decoration;

public sealed class Manifest : IModuleManifest
{
    public const string DecorationFeature = "Decoration";

    public string Name => "Decoration";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(DecorationFeature, "Shop decoration", "Merchants and the operator compose shop pages and the marketplace home from blocks, with drafts, preview, publishing and rollback.", "Storefront", "Merchants"),
    ];
}
