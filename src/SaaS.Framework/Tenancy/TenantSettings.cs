using SaaS.Data;

namespace SaaS.Tenancy;

/// <summary>
/// A tenant as the host knows it, stored in the host database. Immutable: a change is a new instance
/// with a higher <see cref="Version"/>, which drops the tenant's cached state everywhere.
/// </summary>
public sealed record TenantSettings
{
    public required string Name { get; init; }

    public TenantState State { get; init; }

    /// <summary>First path segment the tenant answers under, e.g. <c>demo</c> for <c>/demo/</c>.</summary>
    public string? UrlPrefix { get; init; }

    public IReadOnlyList<string> HostNames { get; init; } = [];

    public required string Recipe { get; init; }

    public DatabaseProvider DatabaseProvider { get; init; }

    /// <summary>Only for PostgreSQL tenants; SQLite tenants live in their site folder. A secret: never shown.</summary>
    public string? ConnectionString { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public int Version { get; init; }

    /// <summary>The migrations the tenant database was last brought up to (see <see cref="TenantMigrator"/>).</summary>
    public string? SchemaStamp { get; init; }

    public string? Error { get; init; }
}
