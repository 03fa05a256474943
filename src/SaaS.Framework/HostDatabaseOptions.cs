using SaaS.Data;

namespace SaaS;

/// <summary>Where the host database (the tenant list) lives.</summary>
public sealed class HostDatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; SQLite uses <c>App_Data/host.db</c>.</summary>
    public string? ConnectionString { get; set; }
}
