namespace SaaS.Features;

/// <summary>A feature as a tenant's admin sees it.</summary>
public sealed record FeatureState(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool Enabled);
