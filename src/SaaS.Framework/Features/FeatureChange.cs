namespace SaaS.Features;

/// <summary>The answer to enable/disable: which features were switched on along the way.</summary>
public sealed record FeatureChange(string Id, bool Enabled, IReadOnlyList<string> AlsoEnabled);
