using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Admin;

public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddAdminMenuItem(this IServiceCollection services, AdminMenuItem item) =>
        services.AddSingleton(item);

    public static IServiceCollection AddAdminHeaderLink<T>(this IServiceCollection services) where T : class, IAdminHeaderLinkSource =>
        services.AddScoped<IAdminHeaderLinkSource, T>();
}
