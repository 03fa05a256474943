using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Data;
using SaaS.Site;
using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>
/// Holds the shells of active tenants. A shell is built on a tenant's first request (once, however many
/// requests race for it), reused while its settings version holds, and released when idle.
/// </summary>
public sealed class ShellHost(
    TenantCatalog catalog,
    TenantScopeFactory scopes,
    TenantMigrator migrator,
    DatabaseProviders databases,
    AppDataPaths paths,
    TimeProvider clock,
    ILogger<ShellHost> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantShell>>> shells = new(StringComparer.Ordinal);

    public int ActiveCount => shells.Count;

    public bool IsActive(string name) => shells.ContainsKey(name);

    /// <summary>The tenant's shell if it is built and active here; unlike <see cref="GetShellAsync"/> it is not a visit.</summary>
    public TenantShell? TryGetActive(string name) =>
        shells.TryGetValue(name, out var activation) && activation.IsValueCreated && activation.Value.IsCompletedSuccessfully ? activation.Value.Result : null;

    public async Task<TenantShell> GetShellAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        while (true)
        {
            var activation = shells.GetOrAdd(settings.Name, _ => new Lazy<Task<TenantShell>>(() => ActivateAsync(settings)));
            TenantShell shell;
            try
            {
                shell = await activation.Value.WaitAsync(cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                shells.TryRemove(new KeyValuePair<string, Lazy<Task<TenantShell>>>(settings.Name, activation));
                throw;
            }
            if (shell.Settings.Version >= settings.Version)
            {
                shell.Touch(clock.GetUtcNow().UtcTicks);
                return shell;
            }
            // Settings or features changed since this shell was built: drop it and build afresh.
            shells.TryRemove(new KeyValuePair<string, Lazy<Task<TenantShell>>>(settings.Name, activation));
        }
    }

    /// <summary>Forgets a tenant's cached state; its next request activates it again.</summary>
    public void Release(string name)
    {
        if (shells.TryGetValue(name, out var activation)) Release(name, activation);
    }

    public int ReleaseIdle(TimeSpan idleTimeout)
    {
        var cutoff = clock.GetUtcNow().UtcTicks - idleTimeout.Ticks;
        var released = 0;
        foreach (var (name, activation) in shells)
        {
            if (activation.IsValueCreated && activation.Value.IsCompletedSuccessfully
                && activation.Value.Result.LastAccessTicks < cutoff
                && Release(name, activation))
            {
                released++;
            }
        }
        return released;
    }

    // Removes only the activation that was looked at, so a shell rebuilt in the meantime stays.
    private bool Release(string name, Lazy<Task<TenantShell>> activation)
    {
        if (!shells.TryRemove(new KeyValuePair<string, Lazy<Task<TenantShell>>>(name, activation))) return false;
        if (activation.IsValueCreated && activation.Value.IsCompletedSuccessfully)
        {
            databases.ReleaseConnections(activation.Value.Result.Settings);
        }
        return true;
    }

    private async Task<TenantShell> ActivateAsync(TenantSettings settings)
    {
        var started = clock.GetTimestamp();
        var bootstrap = new TenantShell(settings, SiteSettings.Default, new HashSet<string>(), paths.TenantFolder(settings.Name));
        await using var scope = scopes.Create(settings, bootstrap);
        if (settings.SchemaStamp != migrator.SchemaStamp)
        {
            logger.LogInformation("Migrating tenant {TenantName} to {SchemaStamp}", settings.Name, migrator.SchemaStamp);
            await migrator.MigrateAsync(scope.ServiceProvider, CancellationToken.None);
            settings = await catalog.UpdateAsync(settings.Name,
                (latest, _) => latest is null ? null : latest with { SchemaStamp = migrator.SchemaStamp },
                CancellationToken.None) ?? settings;
        }
        var site = scope.ServiceProvider.GetRequiredService<SiteDbContext>();
        var record = await site.Site.AsNoTracking().SingleOrDefaultAsync();
        var features = await site.EnabledFeatures.AsNoTracking().Select(f => f.Id).ToListAsync();
        var overrides = await site.TemplateOverrides.AsNoTracking().ToDictionaryAsync(t => t.View, t => t.Source, StringComparer.Ordinal);
        var shell = new TenantShell(
            settings,
            record is null
                ? SiteSettings.Default
                : new SiteSettings(record.SiteName, record.DefaultCurrency, record.Locale, record.TimeZone, record.Theme) {
                    Logo = record.Logo,
                    ThemeSettings = record.ThemeSettings is null
                        ? new Dictionary<string, string>()
                        : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(record.ThemeSettings) ?? [],
                },
            features.ToHashSet(StringComparer.Ordinal),
            paths.TenantFolder(settings.Name),
            overrides);
        logger.LogInformation("Activated tenant {TenantName} in {ElapsedMs} ms",
            settings.Name, clock.GetElapsedTime(started).TotalMilliseconds);
        return shell;
    }
}
