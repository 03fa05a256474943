using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using SaaS.Features;

namespace SaaS.Tenancy;

/// <summary>
/// One route table serves the host and every tenant: this policy drops candidates that do not belong to the
/// request's side (host or tenant) or whose features the tenant has off, so they answer 404 like missing routes.
/// </summary>
public sealed class TenantEndpointMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<TenantEndpoint>() is not null
            || e.Metadata.GetMetadata<HostEndpoint>() is not null
            || e.Metadata.GetMetadata<RequiresFeature>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var tenant = httpContext.GetTenantShell();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!candidates.IsValidCandidate(i)) continue;
            var metadata = candidates[i].Endpoint.Metadata;
            var valid = tenant is null
                ? metadata.GetMetadata<TenantEndpoint>() is null && metadata.GetMetadata<RequiresFeature>() is null
                : metadata.GetMetadata<HostEndpoint>() is null
                    && metadata.GetOrderedMetadata<RequiresFeature>().All(f => tenant.IsFeatureEnabled(f.FeatureId));
            if (!valid) candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}
