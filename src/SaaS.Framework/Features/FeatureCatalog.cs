using SaaS.Modules;

namespace SaaS.Features;

/// <summary>Every feature the installed modules offer, and the dependency rules between them.</summary>
public sealed class FeatureCatalog
{
    private readonly Dictionary<string, FeatureDescriptor> features;

    public FeatureCatalog(IEnumerable<IModuleManifest> manifests)
    {
        features = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var feature in manifests.SelectMany(m => m.Features))
        {
            if (!features.TryAdd(feature.Id, feature))
            {
                throw new InvalidOperationException($"Feature '{feature.Id}' is declared by two modules.");
            }
        }
        foreach (var feature in features.Values)
        {
            var missing = feature.Dependencies.FirstOrDefault(d => !features.ContainsKey(d));
            if (missing is not null) throw new InvalidOperationException($"Feature '{feature.Id}' depends on unknown feature '{missing}'.");
        }
    }

    public IReadOnlyCollection<FeatureDescriptor> All => features.Values;

    public FeatureDescriptor? Find(string id) => features.GetValueOrDefault(id);

    /// <summary>The features plus everything they depend on, directly or not.</summary>
    public IReadOnlySet<string> WithDependencies(IEnumerable<string> ids)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(ids);
        while (pending.TryPop(out var id))
        {
            if (!result.Add(id)) continue;
            foreach (var dependency in features[id].Dependencies) pending.Push(dependency);
        }
        return result;
    }

    /// <summary>Enabled features that need <paramref name="id"/>, directly or not.</summary>
    public IReadOnlyList<string> EnabledDependents(string id, IReadOnlySet<string> enabled) =>
        enabled.Where(other => other != id && WithDependencies([other]).Contains(id)).Order(StringComparer.Ordinal).ToList();
}
