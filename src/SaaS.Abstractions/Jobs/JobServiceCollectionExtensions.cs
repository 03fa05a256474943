using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SaaS.Jobs;

public static class JobServiceCollectionExtensions
{
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services) where TJob : class, ITenantJob
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITenantJob, TJob>());
        return services;
    }
}
