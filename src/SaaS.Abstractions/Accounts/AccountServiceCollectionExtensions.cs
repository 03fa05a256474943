using Microsoft.Extensions.DependencyInjection;

namespace SaaS.Accounts;

public static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddAccountLink(this IServiceCollection services, AccountLink link) => services.AddSingleton(link);
}
