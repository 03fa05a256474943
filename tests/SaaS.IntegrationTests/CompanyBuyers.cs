using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Buyers as the company tests need them: registered, signed in, acting for a company.</summary>
internal static class CompanyBuyers
{
    public const string Password = "Buyer-Pass-2026";

    /// <summary>Registers a buyer account and returns a client carrying its bearer token.</summary>
    public static async Task<HttpClient> BuyerAsync(this SaaSHost host, string tenant, string email)
    {
        await host.Anonymous().PostAsJsonAsync($"/{tenant}/api/identity/register", new { email, password = Password });
        return host.WithToken(await host.LoginAsync($"/{tenant}", email, Password));
    }


    /// <summary>Registers a company for <paramref name="buyer"/> and returns its id.</summary>
    public static async Task<string> RegisterCompanyAsync(this HttpClient buyer, string tenant, string name, string creditCodeBody)
    {
        var created = await buyer.PostAsJsonAsync($"/{tenant}/api/companies", new { name, creditCode = CreditCode(creditCodeBody) });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>A valid unified social credit code: the 17 characters given plus their check character.</summary>
    public static string CreditCode(string body) => body + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(body);
}
