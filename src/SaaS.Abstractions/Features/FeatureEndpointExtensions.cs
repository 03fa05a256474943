using Microsoft.AspNetCore.Builder;

namespace SaaS.Features;

public static class FeatureEndpointExtensions
{
    /// <summary>Answers 404 for tenants that have not enabled <paramref name="featureId"/>.</summary>
    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string featureId)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(new RequiresFeature(featureId));
}
