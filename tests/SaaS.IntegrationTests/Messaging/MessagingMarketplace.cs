using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests.Messaging;

/// <summary>
/// An MRO marketplace with Orders and Messaging on, its e-mail going through MailKit to a real SMTP server on
/// loopback and its SMS through the Twilio client to a local stand-in, and a dispatcher that polls and retries fast.
/// </summary>
public abstract class MessagingMarketplace(string tenant) : IAsyncLifetime
{
    public const string TwilioFrom = "+15005550006";
    protected static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    protected string Tenant { get; } = tenant;

    protected SmtpSink Smtp { get; } = SmtpSink.Start();

    protected FakeTwilio Twilio { get; } = new();

    protected SaaSHost Host { get; private set; } = null!;

    public static IDictionary<string, string?> FastDispatch(string twilioUrl) => new Dictionary<string, string?>
    {
        ["SaaS:Messaging:PollInterval"] = "00:00:00.200",
        ["SaaS:Messaging:RetryBase"] = "00:00:00.300",
        ["SaaS:Messaging:RetryMax"] = "00:00:01",
        ["SaaS:Messaging:Lease"] = "00:00:03",
        ["SaaS:Messaging:TwilioApiBase"] = twilioUrl,
        // The webhook receivers of these tests listen on loopback.
        ["SaaS:Messaging:AllowPrivateWebhookAddresses"] = "true",
    };

    public virtual async Task InitializeAsync()
    {
        Host = SaaSHost.With(FastDispatch(Twilio.Url));
        await Host.LaunchOrdersAsync(Tenant);
        var admin = await AdminAsync();
        var enabled = await admin.PostAsync($"/{Tenant}/api/admin/features/Messaging/enable", null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        var settings = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/messaging/settings", new
        {
            smtpHost = "127.0.0.1", smtpPort = Smtp.Port, smtpTls = "None", fromAddress = "noreply@mro.example.cn", fromName = "工品汇",
            twilioAccountSid = FakeTwilio.AccountSid, twilioAuthToken = FakeTwilio.AuthToken, twilioFrom = TwilioFrom,
        });
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        Smtp.Dispose();
        Twilio.Dispose();
        return Task.CompletedTask;
    }

    protected async Task<HttpClient> AdminAsync() => Host.WithToken(await Host.LoginAsync($"/{Tenant}", "admin@example.com"));

    /// <summary>A buyer's order of one fastener SKU, placed: the buyer, the order id and its SKU's line id.</summary>
    protected async Task<(HttpClient Buyer, Guid OrderId)> OrderAsync(string buyerEmail, string sku, string? phone = null)
    {
        var skuId = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, sku, stock: 500, tiers: (1, 12.50m));
        var (buyer, address) = await Host.CompanyAsync(Tenant, buyerEmail);
        if (phone is not null)
        {
            var saved = await buyer.PutAsJsonAsync($"/{Tenant}/api/messaging/preferences", new { phone });
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
        Assert.True((await buyer.AddAsync(Tenant, skuId, 4)).IsSuccessStatusCode);
        var placed = await buyer.CheckoutAsync(Tenant, address);
        var result = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(placed.StatusCode == HttpStatusCode.Created, result.ToString());
        return (buyer, result.GetProperty("orders")[0].GetProperty("id").GetGuid());
    }

    /// <summary>The outbox rows of an order's event: (channel, address, state, last error).</summary>
    protected async Task<IReadOnlyList<(string Channel, string Address, string State, string? Error)>> MessagesAsync(string eventName, Guid orderId) =>
        (await Host.TenantRowsAsync(Tenant, $"SELECT Channel, Address, State, LastError FROM OutboxMessages WHERE Event = '{eventName}' AND IdempotencyKey LIKE '{eventName}:{orderId}:%' ORDER BY Id"))
            .Select(r => ((string)r[0], (string)r[1], (string)r[2], r[3] as string)).ToList();
}
