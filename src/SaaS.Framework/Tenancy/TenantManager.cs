using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Data;
using SaaS.Identity;
using SaaS.Problems;
using SaaS.Recipes;
using SaaS.Site;
using SaaS.Tenants;

namespace SaaS.Tenancy;

/// <summary>
/// Launches, disables, enables and deletes tenants: the one service behind the REST API, the CLI and the console.
/// </summary>
public sealed class TenantManager(
    TenantCatalog catalog,
    ShellHost shells,
    RecipeLibrary recipes,
    RecipeValidator validator,
    TenantScopeFactory scopes,
    TenantMigrator migrator,
    DatabaseProviders databases,
    AppDataPaths paths,
    PasswordPolicy passwords,
    TimeProvider clock,
    ILogger<TenantManager> logger)
{
    /// <summary>Validates the request and the whole recipe, then sets the tenant up; returns it Running.</summary>
    public async Task<TenantSettings> CreateAsync(CreateTenantRequest request, IProgress<string>? progress, CancellationToken cancellationToken) =>
        await SetUpAsync(await ReserveAsync(request, progress, cancellationToken), progress, cancellationToken);

    /// <summary>
    /// The quick half of a launch: every check that can refuse the request (fields, recipe, taken names), then the
    /// name reserved as Initializing. <see cref="SetUpAsync(TenantLaunch, IProgress{string}?, CancellationToken)"/> does the rest,
    /// possibly in the background while a page shows progress.
    /// </summary>
    public async Task<TenantLaunch> ReserveAsync(CreateTenantRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var errors = TenantRequestRules.Check(request, passwords);
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var recipe = recipes.Get(request.Recipe!);
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(request.SiteName)) arguments["siteName"] = request.SiteName;
        progress?.Report($"validating recipe '{recipe.Name}'");
        var plan = validator.Plan(recipe, arguments, new HashSet<string>());
        var siteName = request.SiteName ?? recipe.Parameters.GetValueOrDefault("siteName") ?? recipe.DisplayName;

        var name = request.Name!;
        var provider = request.DatabaseProvider is null ? DatabaseProvider.Sqlite : Enum.Parse<DatabaseProvider>(request.DatabaseProvider, ignoreCase: true);
        var hostNames = (request.HostNames ?? []).Select(h => h.ToLowerInvariant()).Distinct().ToList();
        var urlPrefix = request.UrlPrefix ?? (hostNames.Count == 0 ? name : null);
        var connectionString = provider == DatabaseProvider.Postgres
            ? request.ConnectionString ?? databases.DefaultPostgresConnectionString(name)
            : null;

        var settings = await catalog.UpdateAsync(name, (existing, snapshot) =>
        {
            if (existing is not null && existing.State != TenantState.Failed)
            {
                throw new ConflictException("name", $"A tenant named '{name}' already exists ({existing.State}).");
            }
            if (urlPrefix is not null && snapshot.ByPrefix.TryGetValue(urlPrefix, out var prefixOwner) && prefixOwner.Name != name)
            {
                throw new ConflictException("urlPrefix", $"URL prefix '{urlPrefix}' is already used by tenant '{prefixOwner.Name}'.");
            }
            foreach (var host in hostNames)
            {
                if (snapshot.ByHost.TryGetValue(host, out var hostOwner) && hostOwner.Name != name)
                {
                    throw new ConflictException("hostNames", $"Host name '{host}' is already used by tenant '{hostOwner.Name}'.");
                }
            }
            return new TenantSettings
            {
                Name = name,
                State = TenantState.Initializing,
                UrlPrefix = urlPrefix,
                HostNames = hostNames,
                Recipe = recipe.Name,
                DatabaseProvider = provider,
                ConnectionString = connectionString,
                CreatedUtc = clock.GetUtcNow(),
                Version = (existing?.Version ?? 0) + 1,
            };
        }, cancellationToken);
        return new TenantLaunch(settings!, plan, siteName, request.AdminEmail!, request.AdminPassword!);
    }

    /// <summary>Creates the database, migrates, runs the recipe and creates the administrator; on failure leaves nothing but the Failed state.</summary>
    public async Task<TenantSettings> SetUpAsync(TenantLaunch launch, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var name = launch.Settings.Name;
        try
        {
            await SetUpDataAsync(launch, progress, cancellationToken);
        }
        catch (Exception e)
        {
            var message = e is ProblemException problem ? string.Join(" ", problem.Errors.SelectMany(x => x.Value)) : e.Message;
            logger.LogError(e, "Setup of tenant {TenantName} failed", name);
            await RemoveDataAsync(launch.Settings);
            await catalog.UpdateAsync(name, (latest, _) => latest! with { State = TenantState.Failed, Error = message, Version = latest.Version + 1 }, CancellationToken.None);
            throw;
        }
        progress?.Report("running");
        return (await catalog.UpdateAsync(name,
            (latest, _) => latest! with { State = TenantState.Running, SchemaStamp = migrator.SchemaStamp, Error = null, Version = latest.Version + 1 },
            cancellationToken))!;
    }

    public async Task<TenantSettings> DisableAsync(string name, CancellationToken cancellationToken)
    {
        var settings = await ChangeStateAsync(name, TenantState.Running, TenantState.Disabled, cancellationToken);
        shells.Release(name);
        return settings;
    }

    public Task<TenantSettings> EnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeStateAsync(name, TenantState.Disabled, TenantState.Running, cancellationToken);

    /// <summary>Removes the tenant with its database and every file under its site folder.</summary>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var settings = catalog.Get(name);
        if (settings.State == TenantState.Initializing)
        {
            throw new ConflictException("name", $"Tenant '{name}' is being set up; delete it once setup has finished.");
        }
        shells.Release(name);
        await RemoveDataAsync(settings);
        await catalog.UpdateAsync(name, (_, _) => null, cancellationToken);
    }

    private async Task<TenantSettings> ChangeStateAsync(string name, TenantState from, TenantState to, CancellationToken cancellationToken) =>
        (await catalog.UpdateAsync(name, (latest, _) =>
        {
            if (latest is null) throw new NotFoundException("name", $"There is no tenant named '{name}'.");
            if (latest.State == to) return latest;
            if (latest.State != from)
            {
                throw new ConflictException("state", $"Tenant '{name}' is {latest.State}; only a {from} tenant can become {to}.");
            }
            return latest with { State = to, Version = latest.Version + 1 };
        }, cancellationToken))!;

    private async Task SetUpDataAsync(TenantLaunch launch, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var (settings, plan, siteName, adminEmail, adminPassword) = launch;
        // A new marketplace starts from an empty folder, whatever a deleted namesake's late background work left there.
        await ClearFolderAsync(settings.Name);
        progress?.Report($"creating {settings.DatabaseProvider} database");
        await databases.CreateDatabaseAsync(settings, cancellationToken);
        var setupTenant = new TenantShell(settings, SiteSettings.Default with { SiteName = siteName }, plan.FeaturesAfterRecipe, paths.TenantFolder(settings.Name));
        await using var scope = scopes.Create(settings, setupTenant);
        var services = scope.ServiceProvider;
        progress?.Report("migrating");
        await migrator.MigrateAsync(services, cancellationToken);

        await using var transaction = await services.GetRequiredService<ITenantDatabase>().BeginTransactionAsync(cancellationToken);
        var site = services.GetRequiredService<SiteDbContext>();
        site.Site.Add(new SiteRecord
        {
            SiteName = siteName,
            DefaultCurrency = SiteSettings.Default.DefaultCurrency,
            Locale = SiteSettings.Default.Locale,
            TimeZone = SiteSettings.Default.TimeZone,
            Theme = SiteSettings.Default.Theme,
        });
        await site.SaveChangesAsync(cancellationToken);
        var identity = services.GetRequiredService<TenantIdentitySetup>();
        await identity.EnsureStandardRolesAsync();
        await services.GetRequiredService<RecipeRunner>().RunAsync(plan, progress, cancellationToken);
        progress?.Report($"creating administrator {adminEmail}");
        await identity.CreateAdministratorAsync(adminEmail, adminPassword);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task RemoveDataAsync(TenantSettings settings)
    {
        try
        {
            await databases.DropDatabaseAsync(settings, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Dropping the database of tenant {TenantName} failed", settings.Name);
        }
        await ClearFolderAsync(settings.Name);
    }

    /// <summary>
    /// Background work of the tenant (a message batch writing to its mail folder, an index commit) can still be
    /// writing into the folder, which makes a recursive delete fail on a file that appeared meanwhile. The folder is
    /// moved aside in one step, so its name is free at once, and what was moved is deleted with a few tries; what
    /// still resists is logged and left in the dot folder, never in the tenant's place.
    /// </summary>
    private async Task ClearFolderAsync(string tenantName)
    {
        var folder = paths.TenantFolder(tenantName);
        if (!Directory.Exists(folder)) return;
        var aside = Path.Combine(paths.Sites, $".deleted-{tenantName}-{Guid.NewGuid():N}");
        Directory.Move(folder, aside);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(aside, recursive: true);
                return;
            }
            catch (IOException e)
            {
                if (attempt == 5)
                {
                    logger.LogError(e, "The files of tenant {TenantName} could not all be deleted; they are left in {Folder}", tenantName, aside);
                    return;
                }
                await Task.Delay(100 * attempt);
            }
        }
    }
}
