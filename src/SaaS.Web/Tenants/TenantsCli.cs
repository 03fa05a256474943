using System.CommandLine;
using SaaS.Problems;
using SaaS.Tenancy;

namespace SaaS.Web.Tenants;

/// <summary><c>dotnet run --project src/SaaS.Web -- tenants list|create|disable|enable|delete|reindex ...</c></summary>
public static class TenantsCli
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "tenants";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var manager = services.GetRequiredService<TenantManager>();
        var catalog = services.GetRequiredService<TenantCatalog>();
        var shells = services.GetRequiredService<ShellHost>();
        var baseUrl = services.GetRequiredService<IConfiguration>()["SaaS:PublicUrl"] ?? "http://localhost:5000";

        var tenants = new Command("tenants", "Manage the marketplaces (tenants) of this host.");

        var list = new Command("list", "List tenants with their state and URLs.");
        list.SetAction(_ =>
        {
            foreach (var tenant in catalog.All.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => TenantInfo.From(t, baseUrl, shells)))
            {
                output.WriteLine($"{tenant.Name,-24} {tenant.State,-12} {tenant.Recipe,-18} {string.Join(" ", tenant.Urls)}{(tenant.Error is null ? "" : "  error: " + tenant.Error)}");
            }
            return 0;
        });
        tenants.Subcommands.Add(list);

        var name = new Option<string>("--name") { Description = "Tenant name: ^[a-z][a-z0-9-]{1,39}$", Required = true };
        var recipe = new Option<string>("--recipe") { Description = "Setup recipe, e.g. blank or industrial-mro", Required = true };
        var adminEmail = new Option<string>("--admin-email") { Required = true };
        var adminPassword = new Option<string>("--admin-password") { Required = true };
        var urlPrefix = new Option<string?>("--url-prefix") { Description = "First path segment; defaults to the name" };
        var hostNames = new Option<string[]>("--host-name") { Description = "Host name (repeatable), e.g. mro.example.com", AllowMultipleArgumentsPerToken = false };
        var siteName = new Option<string?>("--site-name");
        var provider = new Option<string?>("--database-provider") { Description = "Sqlite (default) or Postgres" };
        var connectionString = new Option<string?>("--connection-string");
        var create = new Command("create", "Launch a marketplace from a recipe.")
        {
            name, recipe, adminEmail, adminPassword, urlPrefix, hostNames, siteName, provider, connectionString,
        };
        create.SetAction(async (parse, ct) => await ReportAsync(error, async () =>
        {
            var request = new CreateTenantRequest(
                parse.GetValue(name), parse.GetValue(recipe), parse.GetValue(adminEmail), parse.GetValue(adminPassword),
                parse.GetValue(urlPrefix), parse.GetValue(hostNames), parse.GetValue(siteName), parse.GetValue(provider), parse.GetValue(connectionString));
            var progress = new Progress(output);
            var created = await manager.CreateAsync(request, progress, ct);
            output.WriteLine($"Tenant '{created.Name}' is {created.State}: {string.Join(" ", TenantInfo.From(created, baseUrl, shells).Urls)}");
        }));
        tenants.Subcommands.Add(create);

        tenants.Subcommands.Add(NameCommand("disable", "Take a marketplace offline (404) without deleting it.", async (n, ct) =>
            output.WriteLine($"Tenant '{n}' is {(await manager.DisableAsync(n, ct)).State}.")));
        tenants.Subcommands.Add(NameCommand("enable", "Bring a disabled marketplace back.", async (n, ct) =>
            output.WriteLine($"Tenant '{n}' is {(await manager.EnableAsync(n, ct)).State}.")));
        tenants.Subcommands.Add(NameCommand("delete", "Delete a marketplace with its database and files.", async (n, ct) =>
        {
            await manager.DeleteAsync(n, ct);
            output.WriteLine($"Tenant '{n}' deleted.");
        }));

        tenants.Subcommands.Add(NameCommand("reindex", "Rebuild a marketplace's search index on every node (a running host does it within a second).", async (n, ct) =>
        {
            var settings = catalog.Get(n);
            await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(settings, await shells.GetShellAsync(settings, ct));
            if (!scope.ServiceProvider.GetRequiredService<SaaS.Tenants.ITenant>().IsFeatureEnabled(SaaS.Search.Manifest.SearchFeature))
            {
                throw new ConflictException("name", $"Tenant '{n}' does not have the Search feature enabled.");
            }
            await scope.ServiceProvider.GetRequiredService<SaaS.Search.Indexing.IndexingTasks>().AppendAsync(SaaS.Search.Indexing.IndexingTaskKind.Reindex, null, ct);
            output.WriteLine($"Tenant '{n}': every node rebuilds its search index.");
        }));

        var root = new RootCommand("SaaS marketplace host") { tenants };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Command NameCommand(string verb, string description, Func<string, CancellationToken, Task> action)
        {
            var tenantName = new Argument<string>("name") { Description = "Tenant name" };
            var command = new Command(verb, description) { tenantName };
            command.SetAction(async (parse, ct) => await ReportAsync(error, () => action(parse.GetValue(tenantName)!, ct)));
            return command;
        }
    }

    /// <summary>Runs a verb; a refused request prints its field errors and exits 1.</summary>
    private static async Task<int> ReportAsync(TextWriter error, Func<Task> verb)
    {
        try
        {
            await verb();
            return 0;
        }
        catch (ProblemException problem)
        {
            error.WriteLine($"error: {problem.Title}");
            foreach (var (field, messages) in problem.Errors)
            {
                foreach (var message in messages) error.WriteLine($"  {field}: {message}");
            }
            return 1;
        }
    }

    private sealed class Progress(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine($"  … {value}");
    }
}
