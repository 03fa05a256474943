using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SaaS.Data;
using SaaS.Tenancy;

namespace SaaS.Framework.Tests;

/// <summary>Resolution and change tracking of the in-memory tenant list, over a real SQLite host database.</summary>
public sealed class TenantCatalogTests : IAsyncLifetime, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "saas-catalog-" + Guid.NewGuid().ToString("N"));
    private TenantStore store = null!;
    private TenantCatalog catalog = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        store = NewStore();
        await store.MigrateAsync(CancellationToken.None);
        catalog = new TenantCatalog(store);
        await catalog.LoadAsync(CancellationToken.None);
        await Add("exact", prefix: "exact", hosts: ["shop.example.com"]);
        await Add("wide", prefix: null, hosts: ["*.example.com"]);
        await Add("narrow", prefix: null, hosts: ["*.cn.example.com"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("shop.example.com", "exact")]
    [InlineData("SHOP.Example.com", "exact")]
    [InlineData("other.example.com", "wide")]
    [InlineData("a.cn.example.com", "narrow")]
    [InlineData("deep.a.cn.example.com", "narrow")]
    [InlineData("example.com", null)]
    [InlineData("example.org", null)]
    public void Host_names_resolve_exactly_first_then_by_the_nearest_wildcard(string host, string? tenant) =>
        Assert.Equal(tenant, catalog.ResolveHost(host)?.Name);

    [Fact]
    public void Prefixes_resolve_only_tenants_that_have_one()
    {
        Assert.Equal("exact", catalog.ResolvePrefix("exact")?.Name);
        Assert.Null(catalog.ResolvePrefix("wide"));
    }

    [Fact]
    public async Task Another_process_changing_the_host_database_is_noticed_by_refresh()
    {
        var otherProcess = new TenantCatalog(NewStore());
        await otherProcess.LoadAsync(CancellationToken.None);
        Assert.False(await catalog.RefreshAsync(CancellationToken.None));

        await otherProcess.UpdateAsync("late", (_, _) => Tenant("late", "late", []), CancellationToken.None);
        Assert.Null(catalog.Find("late"));

        Assert.True(await catalog.RefreshAsync(CancellationToken.None));
        Assert.Equal("late", catalog.ResolvePrefix("late")?.Name);

        await otherProcess.UpdateAsync("late", (_, _) => null, CancellationToken.None);
        Assert.True(await catalog.RefreshAsync(CancellationToken.None));
        Assert.Null(catalog.Find("late"));
    }

    private Task Add(string name, string? prefix, string[] hosts) =>
        catalog.UpdateAsync(name, (_, _) => Tenant(name, prefix, hosts), CancellationToken.None);

    private static TenantSettings Tenant(string name, string? prefix, string[] hosts) => new()
    {
        Name = name, UrlPrefix = prefix, HostNames = hosts, Recipe = "blank", State = TenantState.Running, Version = 1,
        CreatedUtc = DateTimeOffset.UtcNow,
    };

    private TenantStore NewStore()
    {
        var options = new DbContextOptionsBuilder<HostDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "host.db")}");
        DatabaseProviders.IgnoreMissingSnapshot(options);
        return new TenantStore(new PooledDbContextFactory<HostDbContext>(options.Options));
    }
}
