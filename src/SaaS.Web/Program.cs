using SaaS;
using SaaS.Web.Console;
using SaaS.Web.Diagnostics;
using SaaS.Web.Hosting;
using SaaS.Web.Operator;
using SaaS.Web.Tenants;

var cli = TenantsCli.IsCommand(args);
var builder = WebApplication.CreateBuilder(cli ? [] : args);
var saas = builder.AddSaaS()
    .AddModule(new SaaS.Storefront.Manifest(), new SaaS.Storefront.Startup())
    .AddModule(new SaaS.Seo.Manifest(), new SaaS.Seo.Startup())
    .AddModule(new SaaS.Merchants.Manifest(), new SaaS.Merchants.Startup())
    .AddModule(new SaaS.Companies.Manifest(), new SaaS.Companies.Startup())
    .AddModule(new SaaS.Catalog.Manifest(), new SaaS.Catalog.Startup())
    .AddModule(new SaaS.Search.Manifest(), new SaaS.Search.Startup())
    .AddModule(new SaaS.Decoration.Manifest(), new SaaS.Decoration.Startup())
    .AddModule(new SaaS.Orders.Manifest(), new SaaS.Orders.Startup())
    .AddModule(new SaaS.Payments.Manifest(), new SaaS.Payments.Startup())
    .AddModule(new SaaS.Messaging.Manifest(), new SaaS.Messaging.Startup());
builder.Services.AddSingleton<OperatorApiKey>();
builder.Services.AddOperatorConsole();
builder.Services.AddSingleton<HostInitializer>();
if (!cli) builder.Services.AddHostedService<HostStartup>();

var app = builder.Build();
if (cli)
{
    await app.Services.GetRequiredService<HostInitializer>().InitializeAsync(CancellationToken.None);
    return await TenantsCli.RunAsync(args, app.Services, Console.Out, Console.Error);
}

app.UseSaaS();
app.MapHealthChecks("/health").WithMetadata(SaaS.Tenancy.HostEndpoint.Instance);
app.MapOperatorEndpoints();
app.MapConsolePages();
if (app.Configuration.GetValue<bool>("SaaS:BenchEndpoints")) app.MapBenchEndpoints();
app.MapSaaS(saas);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
