using Npgsql;

namespace SaaS.Testing;

/// <summary>The real PostgreSQL server that ./test.sh starts on 127.0.0.1 and names in SAAS_TEST_POSTGRES.</summary>
public static class TestPostgres
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("SAAS_TEST_POSTGRES")
        ?? throw new InvalidOperationException(
            "SAAS_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL on 127.0.0.1.");

    public static string Database(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    public static async Task<bool> DatabaseExistsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(Database("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }

    public static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(Database(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
