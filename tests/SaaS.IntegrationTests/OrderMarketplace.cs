using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Orders;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The industrial MRO marketplace with Orders on, as the order tests need it: merchants' SKUs with known stock,
/// buyer companies with an address, and payment marked through the payments seam (never a public endpoint).
/// </summary>
internal static class OrderMarketplace
{
    public const string FastenersOwner = "owner@fasteners.example.cn";
    public const string ToolsOwner = "owner@tools.example.cn";
    private static int companies = Random.Shared.Next(1_000_000, 4_000_000);

    public static async Task LaunchOrdersAsync(this SaaSHost host, string tenant, object? extra = null)
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", tenant))) return;
        await host.LaunchAsync(tenant, "industrial-mro", extra);
        var admin = host.WithToken(await host.LoginAsync($"/{tenant}", "admin@example.com"));
        var enabled = await admin.PostAsync($"/{tenant}/api/admin/features/Orders/enable", null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
    }

    public static Task<HttpClient> MerchantAsync(this SaaSHost host, string tenant, string ownerEmail) =>
        host.InvitedAsync(tenant, ownerEmail, "Owner-Pass-2026");

    /// <summary>Publishes a product with one SKU and returns the SKU's id.</summary>
    public static async Task<Guid> SkuAsync(this SaaSHost host, string tenant, string ownerEmail, string code, int stock,
        int moq = 1, int multiple = 1, params (int MinQuantity, decimal UnitPrice)[] tiers)
    {
        var owner = await host.MerchantAsync(tenant, ownerEmail);
        var created = await owner.PostAsJsonAsync($"/{tenant}/api/merchant/products", await host.ProductAsync(tenant, ownerEmail, code, stock, moq, multiple, tiers));
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        var id = body.GetProperty("id").GetString();
        var published = await owner.PostAsync($"/{tenant}/api/merchant/products/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        var product = await owner.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/products/{id}");
        return product.GetProperty("skus")[0].GetProperty("id").GetGuid();
    }

    /// <summary>The product request of a one-SKU product in a category the merchant sells in.</summary>
    public static async Task<object> ProductAsync(this SaaSHost host, string tenant, string ownerEmail, string code, int stock,
        int moq = 1, int multiple = 1, params (int MinQuantity, decimal UnitPrice)[] tiers)
    {
        var fasteners = ownerEmail == FastenersOwner;
        var category = await host.CategoryIdAsync(tenant, fasteners ? "bolts" : "wrenches");
        object attributes = fasteners ? new { material = "合金钢", grade = "10.9", surface = "镀锌" } : new Dictionary<string, string> { ["tool-material"] = "铬钒钢" };
        return new
        {
            title = $"订单测试 {code}", brand = "Test", categoryId = category, unit = "piece", minOrderQuantity = moq, orderMultiple = multiple, attributes,
            skus = new[]
            {
                new
                {
                    code, stock, variant = new { size = "M12" },
                    tiers = (tiers.Length == 0 ? [(1, 10m)] : tiers).Select(t => new { minQuantity = t.MinQuantity, unitPrice = t.UnitPrice }).ToArray(),
                },
            },
        };
    }

    /// <summary>A buyer who founded (and so administers) a new company with one delivery address: the client and the address id.</summary>
    public static async Task<(HttpClient Buyer, string AddressId)> CompanyAsync(this SaaSHost host, string tenant, string email)
    {
        var buyer = await host.BuyerAsync(tenant, email);
        var body = "9132050" + Interlocked.Increment(ref companies).ToString("D10");
        await buyer.RegisterCompanyAsync(tenant, "买方 " + email, body);
        return (buyer, await buyer.AddressAsync(tenant));
    }

    public static async Task<string> AddressAsync(this HttpClient buyer, string tenant)
    {
        var address = await buyer.PostAsJsonAsync($"/{tenant}/api/companies/mine/addresses",
            new { label = "总仓", recipient = "张工", phone = "13800001111", region = "江苏省苏州市", street = "工业园区星湖街1号", isDefault = true });
        Assert.True(address.StatusCode == HttpStatusCode.Created, await address.Content.ReadAsStringAsync());
        return (await address.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static Task<HttpResponseMessage> AddAsync(this HttpClient buyer, string tenant, Guid skuId, int quantity) =>
        buyer.PostAsJsonAsync($"/{tenant}/api/cart/items", new { skuId, quantity });

    public static Task<HttpResponseMessage> CheckoutAsync(this HttpClient buyer, string tenant, string addressId) =>
        buyer.PostAsJsonAsync($"/{tenant}/api/checkout", new { addressId, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber = "PO-1" });

    /// <summary>A SKU's stock as <c>on hand/reserved</c>.</summary>
    public static async Task<string> StockAsync(this SaaSHost host, string tenant, string code) =>
        (string)(await host.TenantScalarAsync(tenant, $"SELECT Stock || '/' || Reserved FROM Skus WHERE Code = '{code}'"))!;

    /// <summary>What the payments module will do when money arrives: the test-only way to pay.</summary>
    public static async Task PayAsync(this SaaSHost host, string tenant, Guid orderId)
    {
        await using var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(tenant)!.Value;
        await scope.ServiceProvider.GetRequiredService<IOrderPayments>().MarkPaidAsync(orderId, "test-payment", CancellationToken.None);
    }
}
