namespace SaaS.Features;

/// <summary>A unit a tenant can switch on or off. Modules declare them in their manifest.</summary>
public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies)
{
    public FeatureDescriptor(string id, string name, string description, string category, params string[] dependencies)
        : this(id, name, description, category, (IReadOnlyList<string>)dependencies)
    {
    }
}
