using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Data;

public static class TenantDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's context on the tenant database, with its own migrations history table
    /// so modules migrate independently.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
            provider.GetRequiredService<ITenantDatabase>().Configure(options, migrationsHistoryTable));
        services.AddScoped(provider => provider.GetRequiredService<ITenantDatabase>()
            .Enlist(ActivatorUtilities.CreateInstance<TContext>(provider)));
        services.AddSingleton(new TenantDbContextRegistration(typeof(TContext), migrationsHistoryTable));
        return services;
    }
}
