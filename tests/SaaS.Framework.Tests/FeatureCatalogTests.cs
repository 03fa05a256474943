using SaaS.Features;
using SaaS.Modules;

namespace SaaS.Framework.Tests;

public sealed class FeatureCatalogTests
{
    private static readonly FeatureCatalog Catalog = new([
        new TestManifest(
            new FeatureDescriptor("Catalog", "Catalog", "", "Commerce"),
            new FeatureDescriptor("Search", "Search", "", "Commerce", "Catalog"),
            new FeatureDescriptor("Orders", "Orders", "", "Commerce", "Catalog"),
            new FeatureDescriptor("Payments", "Payments", "", "Commerce", "Orders")),
    ]);

    [Fact]
    public void Dependencies_are_pulled_in_transitively()
    {
        Assert.Equal(["Catalog", "Orders", "Payments"], Catalog.WithDependencies(["Payments"]).Order());
    }

    [Fact]
    public void Enabled_dependents_are_found_directly_and_indirectly()
    {
        var enabled = new HashSet<string> { "Catalog", "Orders", "Payments" };
        Assert.Equal(["Orders", "Payments"], Catalog.EnabledDependents("Catalog", enabled));
        Assert.Equal(["Payments"], Catalog.EnabledDependents("Orders", enabled));
        Assert.Empty(Catalog.EnabledDependents("Payments", enabled));
    }

    [Fact]
    public void A_feature_declared_twice_or_depending_on_nothing_known_is_a_startup_error()
    {
        var twice = Assert.Throws<InvalidOperationException>(() => new FeatureCatalog([
            new TestManifest(new FeatureDescriptor("A", "A", "", "x")),
            new TestManifest(new FeatureDescriptor("A", "A again", "", "x")),
        ]));
        Assert.Contains("'A'", twice.Message);

        var dangling = Assert.Throws<InvalidOperationException>(() => new FeatureCatalog([
            new TestManifest(new FeatureDescriptor("B", "B", "", "x", "Ghost")),
        ]));
        Assert.Contains("'Ghost'", dangling.Message);
    }

    private sealed class TestManifest(params FeatureDescriptor[] features) : IModuleManifest
    {
        public string Name => "Test";

        public IReadOnlyList<FeatureDescriptor> Features { get; } = features;
    }
}
