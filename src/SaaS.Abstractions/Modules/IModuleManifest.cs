using SaaS.Features;

namespace SaaS.Modules;

/// <summary>What a module offers: its features. The first one is the module's main feature.</summary>
public interface IModuleManifest
{
    string Name { get; }

    IReadOnlyList<FeatureDescriptor> Features { get; }
}
