using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SaaS.Tenancy;
using SaaS.Web.Operator;

namespace SaaS.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: initializes the host and, on a first start with no tenants,
/// launches the demo marketplace. Once listening, prints where to find it.
/// </summary>
public sealed class HostStartup(
    HostInitializer initializer,
    TenantCatalog catalog,
    TenantManager tenants,
    SaaSOptions options,
    AppDataPaths paths,
    OperatorApiKey operatorKey,
    Console.OperatorAccount operatorAccount,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<HostStartup> logger) : IHostedService
{
    private const string DemoName = "demo";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.InitializeAsync(cancellationToken);
        if (options.Demo && catalog.All.Count == 0)
        {
            try
            {
                await LaunchDemoAsync(cancellationToken);
            }
            catch (Problems.ProblemException e)
            {
                // The host is still useful without its demo; the reason is in the tenant's Failed state too.
                logger.LogError(e, "The demo marketplace could not be launched");
            }
        }
        lifetime.ApplicationStarted.Register(PrintBanner);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task LaunchDemoAsync(CancellationToken cancellationToken)
    {
        var email = "admin@demo.local";
        var password = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "-a1";
        logger.LogInformation("No tenants yet: launching the demo marketplace from recipe {Recipe}", options.DemoRecipe);
        await tenants.CreateAsync(new CreateTenantRequest(DemoName, options.DemoRecipe, email, password), progress: null, cancellationToken);
        await File.WriteAllTextAsync(DemoCredentialsFile, $"{email}\n{password}\n", cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(DemoCredentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private string DemoCredentialsFile => Path.Combine(paths.Root, "demo-admin.txt");

    private void PrintBanner()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5000";
        var lines = new List<string>
        {
            $"Host ready at {address} ({catalog.All.Count} tenants). Operator API key: see {operatorKey.Source}.",
            $"Operator console: {address}/console (sign in as {operatorAccount.Email}"
                + (operatorAccount.GeneratedPassword is { } password ? $" / {password}; shown once, only its hash is kept)" : ")"),
        };
        if (catalog.Find(DemoName) is { State: TenantState.Running, UrlPrefix: { } prefix } && File.Exists(DemoCredentialsFile))
        {
            var credentials = File.ReadAllLines(DemoCredentialsFile);
            lines.Add($"Demo marketplace: {address}/{prefix}/");
            lines.Add($"Demo admin: {credentials[0]} / {credentials[1]} (sign in at {address}/{prefix}/account/login, then {address}/{prefix}/admin)");
            lines.Add($"Demo merchants and staff are invited by e-mail: open the links in {Path.Combine(paths.Root, "Sites", DemoName, "Mail")} to choose their passwords, then {address}/{prefix}/merchant");
        }
        // The banner is for the person who started the host, so it goes to the terminal, not only to the log.
        foreach (var line in lines) System.Console.WriteLine(line);
    }
}
