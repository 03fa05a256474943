using SaaS.Themes;

namespace SaaS.Web.Console;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>The operator console: its account and sign-in cookie (scoped to /console), views, and launch tracking.</summary>
    public static IServiceCollection AddOperatorConsole(this IServiceCollection services)
    {
        services.AddSingleton<OperatorAccount>();
        services.AddSingleton<LaunchTracker>();
        services.AddScoped<ConsoleRenderer>();
        services.AddKeyedSingleton(ConsoleRenderer.Area, (_, _) => new EmbeddedViews(ConsoleRenderer.Area, [typeof(ConsoleRenderer).Assembly]));
        foreach (var model in new[] { typeof(LoginModel), typeof(TenantsModel), typeof(ConsoleTenantRow), typeof(LaunchFormModel),
                     typeof(Recipes.RecipeSummary), typeof(LaunchProgressModel), typeof(ConfirmModel) })
        {
            services.AddSingleton(new LiquidModel(model));
        }
        services.AddAuthentication().AddCookie(OperatorAccount.Scheme, cookie =>
        {
            cookie.Cookie.Name = ".saas.operator";
            cookie.Cookie.Path = "/console";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = "/console/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        return services;
    }
}
