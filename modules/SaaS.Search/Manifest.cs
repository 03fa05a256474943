using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Search;

public sealed class Manifest : IModuleManifest
{
    public const string SearchFeature = "Search";

    public string Name => "Search";

    public IReadOnlyList<FeatureDescriptor> Features { get; } =
    [
        new(SearchFeature, "Search", "Full-text product search in Chinese and English with facets, synonyms, typo tolerance and suggestions.", "Commerce", "Catalog"),
    ];
}
