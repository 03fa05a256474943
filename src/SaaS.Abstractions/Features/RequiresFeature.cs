namespace SaaS.Features;

/// <summary>Endpoint metadata: the endpoint exists for a tenant only while this feature is enabled there.</summary>
public sealed record RequiresFeature(string FeatureId);
