using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Identity;
using SaaS.Site;
using SaaS.Tenancy;

namespace SaaS.Framework.Tests;

/// <summary>
/// The hand-written migrations have no model snapshot, so this is what keeps them honest: the schema they
/// build must equal the one EF Core derives from each context's model.
/// </summary>
public sealed class MigrationSchemaTests
{
    [Fact]
    public Task Site_migrations_build_the_model_schema() => AssertSameSchema<SiteDbContext>(o => new SiteDbContext(o));

    [Fact]
    public Task Identity_migrations_build_the_model_schema() => AssertSameSchema<TenantIdentityDbContext>(o => new TenantIdentityDbContext(o));

    [Fact]
    public Task Merchants_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Merchants.Data.MerchantsDbContext>(o => new SaaS.Merchants.Data.MerchantsDbContext(o));

    [Fact]
    public Task Companies_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Companies.Data.CompaniesDbContext>(o => new SaaS.Companies.Data.CompaniesDbContext(o));

    [Fact]
    public Task Catalog_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Catalog.Data.CatalogDbContext>(o => new SaaS.Catalog.Data.CatalogDbContext(o));

    [Fact]
    public Task Orders_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Orders.Data.OrdersDbContext>(o => new SaaS.Orders.Data.OrdersDbContext(o));

    [Fact]
    public Task Payments_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Payments.Data.PaymentsDbContext>(o => new SaaS.Payments.Data.PaymentsDbContext(o));

    [Fact]
    public Task Messaging_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Messaging.Data.MessagingDbContext>(o => new SaaS.Messaging.Data.MessagingDbContext(o));

    [Fact]
    public Task Search_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Search.Data.SearchDbContext>(o => new SaaS.Search.Data.SearchDbContext(o));

    [Fact]
    public Task Decoration_migrations_build_the_model_schema() =>
        AssertSameSchema<SaaS.Decoration.Data.DecorationDbContext>(o => new SaaS.Decoration.Data.DecorationDbContext(o));

    [Fact]
    public Task Audit_migrations_build_the_model_schema() => AssertSameSchema<SaaS.Audit.AuditDbContext>(o => new SaaS.Audit.AuditDbContext(o));

    [Fact]
    public Task Host_migrations_build_the_model_schema() => AssertSameSchema<HostDbContext>(o => new HostDbContext(o));

    private static async Task AssertSameSchema<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        await using var migrated = new SqliteConnection("Data Source=:memory:");
        await using var created = new SqliteConnection("Data Source=:memory:");
        await migrated.OpenAsync();
        await created.OpenAsync();

        await using (var context = create(Options<TContext>(migrated))) await context.Database.MigrateAsync();
        IReadOnlyList<string?> tables;
        await using (var context = create(Options<TContext>(created)))
        {
            await context.Database.EnsureCreatedAsync();
            tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToList();
        }

        var schema = await DescribeAsync(migrated);
        Assert.All(tables, table => Assert.Contains($"\n{table}.", "\n" + schema));
        Assert.Equal(await DescribeAsync(created), schema);
    }

    private static DbContextOptions<TContext> Options<TContext>(SqliteConnection connection) where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>().UseSqlite(connection, o => o.MigrationsHistoryTable("__history"));
        DatabaseProviders.IgnoreMissingSnapshot(builder);
        return builder.Options;
    }

    /// <summary>Tables, columns (type, nullability, key) and indexes, excluding EF's own bookkeeping tables.</summary>
    private static async Task<string> DescribeAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name || '.' || p.name || ' ' || p.type || ' notnull=' || p."notnull" || ' pk=' || p.pk
            FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE '\_\_%' ESCAPE '\' AND m.name NOT LIKE 'sqlite_%'
            UNION ALL
            SELECT 'index ' || m.name || ' on ' || m.tbl_name || ' unique=' || il."unique"
            FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) il ON il.name = m.name
            WHERE m.type = 'index' AND m.tbl_name NOT LIKE '\_\_%' ESCAPE '\'
            ORDER BY 1
            """;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
