using SaaS.Problems;

namespace SaaS.Tenancy;

/// <summary>503: the tenant exists but cannot serve now (being set up, or its setup failed).</summary>
public sealed class TenantUnavailableException(string tenant, string reason)
    : ProblemException(503, "Marketplace unavailable.", new Dictionary<string, string[]> { ["tenant"] = [$"Marketplace '{tenant}' {reason}"] });
