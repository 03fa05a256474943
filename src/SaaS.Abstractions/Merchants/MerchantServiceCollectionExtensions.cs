using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SaaS.Merchants;

public static class MerchantServiceCollectionExtensions
{
    public static IServiceCollection AddMerchantPermissions<TProvider>(this IServiceCollection services)
        where TProvider : class, IMerchantPermissionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMerchantPermissionProvider, TProvider>());
        return services;
    }

    public static IServiceCollection AddMerchantCenterSection(this IServiceCollection services, MerchantCenterSection section) => services.AddSingleton(section);
}
