using Microsoft.Extensions.DependencyInjection;
using SaaS.Modules;

namespace SaaS;

/// <summary>Collects the modules a host is built with.</summary>
public sealed class SaaSBuilder(IServiceCollection services)
{
    private readonly List<(IModuleManifest Manifest, IModuleStartup Startup)> modules = [];

    public IServiceCollection Services { get; } = services;

    public IReadOnlyList<(IModuleManifest Manifest, IModuleStartup Startup)> Modules => modules;

    public SaaSBuilder AddModule(IModuleManifest manifest, IModuleStartup startup)
    {
        modules.Add((manifest, startup));
        Services.AddSingleton(manifest);
        startup.ConfigureServices(Services);
        return this;
    }
}
