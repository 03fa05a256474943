using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>One host with the pharma marketplace launched once, shared by the pharma recipe and prescription visibility tests.</summary>
[CollectionDefinition(Name)]
public sealed class PharmaMarketplace : ICollectionFixture<SaaSHost>
{
    public const string Name = "pharma marketplace";
    public const string Tenant = "pharma";
    public const string Recipe = "pharma";

    /// <summary>A buyer of a pharmacy chain the operator has verified: who may see prescription drugs. Made once per host.</summary>
    public static Task<HttpClient> VerifiedBuyerAsync(SaaSHost host) => host.SignedInAsync($"{Tenant}/verified-buyer", async () =>
    {
        var buyer = await host.BuyerAsync(Tenant, "purchasing@renmin-pharmacy.cn");
        var company = await buyer.RegisterCompanyAsync(Tenant, "人民大药房连锁有限公司", "91310101MA1FP2XK3");
        var verified = await (await AdminAsync(host)).PostAsync($"/{Tenant}/api/admin/companies/{company}/verify", null);
        Assert.True(verified.IsSuccessStatusCode, await verified.Content.ReadAsStringAsync());
        return buyer;
    });

    /// <summary>A clinic's buyer whose company is registered but not verified yet.</summary>
    public static Task<HttpClient> UnverifiedBuyerAsync(SaaSHost host) => host.SignedInAsync($"{Tenant}/unverified-buyer", async () =>
    {
        var buyer = await host.BuyerAsync(Tenant, "buyer@kangning-clinic.cn");
        await buyer.RegisterCompanyAsync(Tenant, "康宁诊所有限公司", "91440300MA5G8HJ2R");
        return buyer;
    });

    public static Task<HttpClient> AdminAsync(SaaSHost host) =>
        host.SignedInAsync($"{Tenant}/admin", async () => host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com")));
}
