using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SaaS.Tenancy;

namespace SaaS.Data;

/// <summary>Creates, connects to and drops a tenant's database on the provider it was launched with.</summary>
public sealed class DatabaseProviders(AppDataPaths paths, SaaSOptions options)
{
    public DbConnection CreateConnection(TenantSettings tenant) => tenant.DatabaseProvider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(SqliteConnectionString(tenant.Name)),
        DatabaseProvider.Postgres => new NpgsqlConnection(tenant.ConnectionString),
        _ => throw new InvalidOperationException($"Unknown provider {tenant.DatabaseProvider}."),
    };

    public void Configure(DbContextOptionsBuilder builder, DbConnection connection, string migrationsHistoryTable)
    {
        switch (connection)
        {
            case SqliteConnection sqlite:
                builder.UseSqlite(sqlite, o => o.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            case NpgsqlConnection npgsql:
                builder.UseNpgsql(npgsql, o => o.MigrationsHistoryTable(migrationsHistoryTable));
                break;
            default:
                throw new InvalidOperationException($"Unsupported connection {connection.GetType().Name}.");
        }
        IgnoreMissingSnapshot(builder);
    }

    /// <summary>Migrations are hand-written and provider-neutral, without model snapshots (docs/decisions/002).</summary>
    public static void IgnoreMissingSnapshot(DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    /// <summary>The connection string a new PostgreSQL tenant gets when the request names none.</summary>
    public string DefaultPostgresConnectionString(string tenantName)
    {
        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            throw new Problems.ValidationFailedException("connectionString",
                "A PostgreSQL tenant needs a connectionString, or the host needs SaaS:PostgresConnectionString.");
        }
        return new NpgsqlConnectionStringBuilder(options.PostgresConnectionString) { Database = "saas_" + tenantName.Replace('-', '_') }
            .ConnectionString;
    }

    public async Task CreateDatabaseAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        switch (tenant.DatabaseProvider)
        {
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(paths.TenantFolder(tenant.Name));
                await using (var connection = new SqliteConnection(SqliteConnectionString(tenant.Name)))
                {
                    await connection.OpenAsync(cancellationToken);
                    await using var command = connection.CreateCommand();
                    // WAL lets storefront reads run while an admin writes.
                    command.CommandText = "PRAGMA journal_mode=WAL;";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                break;
            case DatabaseProvider.Postgres:
                var database = new NpgsqlConnectionStringBuilder(tenant.ConnectionString).Database
                    ?? throw new Problems.ValidationFailedException("connectionString", "The connection string must name a Database.");
                await using (var server = await OpenMaintenanceConnectionAsync(tenant, cancellationToken))
                {
                    await using var command = server.CreateCommand();
                    command.CommandText = $"CREATE DATABASE {QuoteIdentifier(database)}";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                break;
        }
    }

    /// <summary>Drops a PostgreSQL tenant's database; a SQLite tenant's file goes with its site folder.</summary>
    public async Task DropDatabaseAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        ReleaseConnections(tenant);
        if (tenant.DatabaseProvider != DatabaseProvider.Postgres || tenant.ConnectionString is null) return;
        var database = new NpgsqlConnectionStringBuilder(tenant.ConnectionString).Database;
        if (database is null) return;
        await using var server = await OpenMaintenanceConnectionAsync(tenant, cancellationToken);
        await using var command = server.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {QuoteIdentifier(database)} WITH (FORCE)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Returns pooled connections so an idle tenant holds no file handles or server sessions.</summary>
    public void ReleaseConnections(TenantSettings tenant)
    {
        switch (tenant.DatabaseProvider)
        {
            case DatabaseProvider.Sqlite:
                SqliteConnection.ClearPool(new SqliteConnection(SqliteConnectionString(tenant.Name)));
                break;
            case DatabaseProvider.Postgres when tenant.ConnectionString is not null:
                NpgsqlConnection.ClearPool(new NpgsqlConnection(tenant.ConnectionString));
                break;
        }
    }

    private string SqliteConnectionString(string tenantName) => new SqliteConnectionStringBuilder
    {
        DataSource = paths.TenantSqliteDatabase(tenantName),
        Pooling = true,
        DefaultTimeout = 30,
    }.ConnectionString;

    private static async Task<NpgsqlConnection> OpenMaintenanceConnectionAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(tenant.ConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
