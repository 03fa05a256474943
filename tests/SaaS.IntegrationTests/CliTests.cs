using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Tenancy;
using SaaS.Web.Tenants;

namespace SaaS.IntegrationTests;

/// <summary>The <c>tenants</c> verbs, run against the same services the host uses.</summary>
public sealed class CliTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task Create_list_disable_enable_delete_with_progress_and_exit_codes()
    {
        var (exit, output, _) = await RunAsync("tenants", "create", "--name", "cli-mro", "--recipe", "industrial-mro",
            "--admin-email", "ops@cli.cn", "--admin-password", SaaSHost.AdminPassword, "--site-name", "CLI MRO");
        Assert.Equal(0, exit);
        Assert.Contains("… validating recipe 'industrial-mro'", output);
        Assert.Contains("… migrating", output);
        Assert.Contains("Tenant 'cli-mro' is Running", output);
        Assert.Contains("CLI MRO", await host.Anonymous().GetStringAsync("/cli-mro/"));

        (exit, output, _) = await RunAsync("tenants", "list");
        Assert.Equal(0, exit);
        Assert.Matches(@"cli-mro\s+Running\s+industrial-mro", output);

        Assert.Equal(0, (await RunAsync("tenants", "disable", "cli-mro")).Exit);
        Assert.Equal(TenantState.Disabled, Catalog.Get("cli-mro").State);
        Assert.Equal(0, (await RunAsync("tenants", "enable", "cli-mro")).Exit);
        Assert.Equal(TenantState.Running, Catalog.Get("cli-mro").State);
        // Right after launch the marketplace's background work (its first messages to the mail folder) may still be
        // writing into its folder: the delete must not trip over it.
        var deleted = await RunAsync("tenants", "delete", "cli-mro");
        Assert.True(deleted.Exit == 0, deleted.Error);
        Assert.Null(Catalog.Find("cli-mro"));
    }

    [Fact]
    public async Task Refused_requests_exit_non_zero_naming_the_fields()
    {
        var (exit, _, error) = await RunAsync("tenants", "create", "--name", "X", "--recipe", "blank",
            "--admin-email", "bad", "--admin-password", "weak");
        Assert.Equal(1, exit);
        Assert.Contains("name:", error);
        Assert.Contains("adminEmail:", error);
        Assert.Contains("adminPassword:", error);

        (exit, _, error) = await RunAsync("tenants", "disable", "ghost");
        Assert.Equal(1, exit);
        Assert.Contains("no tenant named 'ghost'", error);

        (exit, _, _) = await RunAsync("tenants", "create", "--name", "missing-options");
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task A_running_host_picks_up_a_tenant_the_cli_created_in_another_process()
    {
        using var running = SaaSHost.With(new Dictionary<string, string?> { ["SaaS:TenantListRefreshInterval"] = "00:00:00.200" });
        using var cliProcess = SaaSHost.With(new Dictionary<string, string?> { ["SaaS:AppData"] = running.AppData });
        Assert.Equal(HttpStatusCode.NotFound, (await running.Anonymous().GetAsync("/from-cli/")).StatusCode);

        var output = new StringWriter();
        var exit = await TenantsCli.RunAsync(
            ["tenants", "create", "--name", "from-cli", "--recipe", "blank", "--admin-email", "a@cli.cn", "--admin-password", SaaSHost.AdminPassword, "--site-name", "Made by CLI"],
            cliProcess.Services, output, new StringWriter());
        Assert.Equal(0, exit);

        var seen = false;
        for (var attempt = 0; attempt < 50 && !seen; attempt++)
        {
            await Task.Delay(100);
            seen = (await running.Anonymous().GetAsync("/from-cli/")).StatusCode == HttpStatusCode.OK;
        }
        Assert.True(seen, "the running host did not pick up the tenant within 5 s");
        Assert.Contains("Made by CLI", await running.Anonymous().GetStringAsync("/from-cli/"));
    }

    private TenantCatalog Catalog => host.Services.GetRequiredService<TenantCatalog>();

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await TenantsCli.RunAsync(args, host.Services, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
