using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The order marketplace with Payments on: card payments through the local fake Stripe (when the host points at
/// one), bank transfers to a remittance account, one commission rule of 5 % (at least 0.50 a line) in place of the
/// recipe's, and the operator's client for the books.
/// </summary>
internal static class PaymentMarketplace
{
    public const decimal DefaultRate = 5m;

    public static SaaSHost Host(FakeStripe stripe) => SaaSHost.With(new Dictionary<string, string?> { ["SaaS:Payments:StripeApiBase"] = stripe.Url });

    public static async Task LaunchPaymentsAsync(this SaaSHost host, string tenant, object? extra = null)
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", tenant))) return;
        await host.LaunchOrdersAsync(tenant, extra);
        var admin = await host.AdminAsync(tenant);
        var enabled = await admin.PostAsync($"/{tenant}/api/admin/features/Payments/enable", null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        var settings = await admin.PutAsJsonAsync($"/{tenant}/api/admin/payments/settings", new
        {
            stripeSecretKey = FakeStripe.SecretKey, stripePublishableKey = FakeStripe.PublishableKey, stripeWebhookSecret = FakeStripe.WebhookSecret,
            settlementDelayDays = 0, remittanceAccount = OfflinePayments.RemittanceAccount,
        });
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());
        // The recipe's own rules (by category) give way to one flat rule the tests can reckon with.
        foreach (var recipeRule in (await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/admin/commission-rules")).EnumerateArray())
        {
            Assert.True((await admin.DeleteAsync($"/{tenant}/api/admin/commission-rules/{recipeRule.GetProperty("id")}")).IsSuccessStatusCode);
        }
        var rule = await admin.PostAsJsonAsync($"/{tenant}/api/admin/commission-rules", new { ratePercent = DefaultRate, minimumPerLine = 0.50m, effectiveFrom = "2020-01-01" });
        Assert.True(rule.StatusCode == HttpStatusCode.Created, await rule.Content.ReadAsStringAsync());
    }

    public static Task<HttpClient> AdminAsync(this SaaSHost host, string tenant) =>
        host.SignedInAsync($"{tenant}/admin", async () => host.WithToken(await host.LoginAsync($"/{tenant}", "admin@example.com")));

    /// <summary>Checks the cart out to be paid by <paramref name="method"/>: the checkout id and its orders' ids.</summary>
    public static async Task<(Guid CheckoutId, Guid[] Orders)> CheckoutByAsync(this HttpClient buyer, string tenant, string addressId, string method)
    {
        var response = await buyer.PostAsJsonAsync($"/{tenant}/api/checkout", new { addressId, invoiceType = "ordinary", paymentMethod = method });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("checkoutId").GetGuid(), body.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray());
    }

    /// <summary>Starts the card payment of a checkout and confirms it with Stripe's test Visa: the payment as the buyer sees it.</summary>
    public static async Task<JsonElement> PayByCardAsync(this HttpClient buyer, string tenant, Guid checkoutId, string card = "pm_card_visa")
    {
        var started = await buyer.PostAsJsonAsync($"/{tenant}/api/payments", new { checkoutId, method = "card" });
        var payment = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(started.StatusCode == HttpStatusCode.Created, payment.ToString());
        var confirmed = await buyer.PostAsJsonAsync($"/{tenant}/api/payments/{payment.GetProperty("id").GetGuid()}/card/confirm", new { paymentMethod = card });
        var body = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(confirmed.IsSuccessStatusCode, body.ToString());
        return body;
    }

    /// <summary>The merchant ships everything, the buyer receives and completes: the order's money becomes payable.</summary>
    public static async Task CompleteAsync(this SaaSHost host, string tenant, HttpClient buyer, Guid orderId, string ownerEmail)
    {
        var desk = await host.MerchantAsync(tenant, ownerEmail);
        var order = await desk.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/orders/{orderId}");
        var items = order.GetProperty("lines").EnumerateArray().Select(l => new { lineId = l.GetProperty("id").GetString(), quantity = l.GetProperty("quantity").GetInt32() }).ToArray();
        var shipped = await desk.PostAsJsonAsync($"/{tenant}/api/merchant/orders/{orderId}/shipments", new { carrier = "SF", trackingNumber = $"SF-{orderId:N}"[..20], items });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        Assert.True((await buyer.PostAsync($"/{tenant}/api/orders/{orderId}/receive", null)).IsSuccessStatusCode);
        var completed = await buyer.PostAsync($"/{tenant}/api/orders/{orderId}/complete", null);
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> TrialBalanceAsync(this SaaSHost host, string tenant)
    {
        var admin = await host.AdminAsync(tenant);
        return await admin.GetFromJsonAsync<JsonElement>($"/{tenant}/api/admin/ledger/trial-balance");
    }

    /// <summary>An account's balance in the trial balance (zero when it has no lines).</summary>
    public static decimal Balance(this JsonElement trialBalance, string code) =>
        trialBalance.GetProperty("accounts").EnumerateArray().Where(a => a.GetProperty("code").GetString() == code).Select(a => a.GetProperty("balance").GetDecimal()).SingleOrDefault();

    public static async Task<string> OrderStateAsync(this HttpClient buyer, string tenant, Guid orderId) =>
        (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/orders/{orderId}")).GetProperty("state").GetString()!;

    /// <summary>Runs a tenant job now, as the job runner would on its next tick.</summary>
    public static async Task RunJobAsync(this SaaSHost host, string tenant, string name)
    {
        await using var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(tenant)!.Value;
        var job = host.Services.GetServices<SaaS.Jobs.ITenantJob>().Single(j => j.Name == name);
        await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
