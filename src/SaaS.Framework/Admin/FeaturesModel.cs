using SaaS.Features;

namespace SaaS.Admin;

public sealed record FeaturesModel(IReadOnlyList<FeatureState> Features, string? Message, string? Error);
