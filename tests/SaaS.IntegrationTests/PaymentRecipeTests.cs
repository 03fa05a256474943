using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The vertical recipes' payment steps: commission rules by category branch and the settlement cycle arrive with
/// the launch, a bolt is priced by the rule on its parent branch, a typo in a slug is named, and secrets are refused.
/// </summary>
public sealed class PaymentRecipeTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "payrecipe";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchOrdersAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_mro_launch_sets_commissions_by_branch_and_a_bolt_pays_the_fasteners_rate()
    {
        var admin = await host.AdminAsync(Tenant);
        var rules = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/commission-rules");
        Assert.Equal([3m, 4m, 6m], rules.EnumerateArray().Select(r => r.GetProperty("ratePercent").GetDecimal()).Order());
        var settings = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payments/settings");
        Assert.Equal(7, settings.GetProperty("settlementDelayDays").GetInt32());
        Assert.Equal("Monday", settings.GetProperty("settlementWeekday").GetString());
        Assert.False(settings.GetProperty("stripeConfigured").GetBoolean());

        // Bolts sit under fasteners: the 3 % branch rule beats the 4 % default; 50 × 8.00 = 400.00 → 12.00.
        var sku = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"PR-BOLT-{Run}", stock: 100, tiers: (1, 8.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"pr-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, sku, 50);
        var (_, orders) = await buyer.CheckoutByAsync(Tenant, address, "bank-transfer");
        Assert.Equal("12.0", Convert.ToString(await host.TenantScalarAsync(Tenant, $"SELECT Commission FROM OrderAccounts WHERE Id = '{orders[0].ToString().ToUpperInvariant()}'"),
            System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_commission_on_an_unknown_category_is_named_and_a_recipe_carrying_secrets_is_refused()
    {
        File.WriteAllText(Path.Combine(host.RecipesFolder, "commission-typo.recipe.json"), """
            { "name": "commission-typo", "displayName": "Typo", "description": "A slug that does not exist.", "vertical": "test",
              "steps": [ { "name": "commissions", "categories": { "fastners": { "ratePercent": 2 } } } ] }
            """);
        File.WriteAllText(Path.Combine(host.RecipesFolder, "stripe-secret.recipe.json"), """
            { "name": "stripe-secret", "displayName": "Secret", "description": "Keys do not belong in recipes.", "vertical": "test",
              "steps": [ { "name": "payment-settings", "stripeSecretKey": "sk_live_oops", "settlementWeekday": "Someday" } ] }
            """);
        var admin = await host.AdminAsync(Tenant);
        var before = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/commission-rules")).GetArrayLength();

        var typo = await admin.PostAsync($"/{Tenant}/api/admin/recipes/commission-typo/run", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, typo.StatusCode);
        Assert.Contains("fastners", await typo.Content.ReadAsStringAsync());
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/commission-rules")).GetArrayLength());

        var secret = await admin.PostAsync($"/{Tenant}/api/admin/recipes/stripe-secret/run", null);
        var body = await secret.Content.ReadAsStringAsync();
        Assert.True((int)secret.StatusCode is 400 or 422, body);
        Assert.Contains("stripeSecretKey", body);
        Assert.Contains("settlementWeekday", body);
        Assert.DoesNotContain("sk_live_oops", body);
    }
}
