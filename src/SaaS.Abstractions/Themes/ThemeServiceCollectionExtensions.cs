using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Themes;

public static class ThemeServiceCollectionExtensions
{
    /// <summary>Offers the assembly's embedded <c>Views/*.liquid</c> as default views any theme may override.</summary>
    public static IServiceCollection AddModuleViews(this IServiceCollection services, Assembly assembly) =>
        services.AddSingleton(new ModuleViews(assembly));

    public static IServiceCollection AddLiquidFilters<T>(this IServiceCollection services) where T : class, ILiquidFilters =>
        services.AddSingleton<ILiquidFilters, T>();

    public static IServiceCollection AddHeaderLink<T>(this IServiceCollection services) where T : class, IHeaderLinkSource =>
        services.AddScoped<IHeaderLinkSource, T>();

    /// <summary>Lets templates read the members of <typeparamref name="T"/>.</summary>
    public static IServiceCollection AddLiquidModel<T>(this IServiceCollection services) =>
        services.AddSingleton(new LiquidModel(typeof(T)));
}
