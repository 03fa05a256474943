namespace SaaS.Tenancy;

/// <summary>What an operator sends to launch a marketplace (REST body, CLI options).</summary>
public sealed record CreateTenantRequest(
    string? Name,
    string? Recipe,
    string? AdminEmail,
    string? AdminPassword,
    string? UrlPrefix = null,
    IReadOnlyList<string>? HostNames = null,
    string? SiteName = null,
    string? DatabaseProvider = null,
    string? ConnectionString = null);
