using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// A node killed (SIGKILL) after Stripe confirmed a payment and while it was booking it: the host runs as its own
/// process on the same App_Data, its booking is held at the database by another connection, and the process is
/// killed mid-request. Nothing of the booking may remain; a restarted node finds the payment through its sweep and
/// books it once, and Stripe's redelivered webhook then books nothing more.
/// </summary>
public sealed class PaymentCrashTests() : StripeMarketplaceTests(Tenant)
{
    private const string Tenant = "crashpay";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    [Fact]
    public async Task A_node_killed_while_booking_a_confirmed_payment_loses_nothing_and_the_restarted_node_books_it_once()
    {
        var bolt = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CR-B-{Run}", stock: 100, tiers: (1, 9.90m));
        var wrench = await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"CR-W-{Run}", stock: 100, tiers: (1, 45.00m));
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"crash-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 10);
        await buyer.AddAsync(Tenant, wrench, 2);
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        var started = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId = checkout, method = "card" })).Content.ReadFromJsonAsync<JsonElement>();
        var paymentId = started.GetProperty("id").GetGuid();
        string body, signature;
        using (var doomed = NodeProcess.Start(Host.AppData, new Dictionary<string, string> { ["SaaS__Payments__StripeApiBase"] = Stripe.Url }))
        {
            await doomed.WaitReadyAsync(Tenant);
            // Its sweep at start has found nothing to book yet.
            await Task.Delay(2000);
            // The buyer pays on Stripe's page; Stripe posts the event to the node that is about to die.
            (body, signature) = FakeStripe.SignedEvent("payment_intent.succeeded", Stripe.Succeed(started.GetProperty("providerReference").GetString()!), $"evt_crash_{Run}");
            await using (var holder = await HoldWriteLockAsync())
            {
                var delivery = doomed.Client.SendAsync(Webhook(body, signature));
                await Task.Delay(1500);
                Assert.False(delivery.IsCompleted, "the booking should be waiting for the database when the node is killed");
                doomed.Kill();
                await Assert.ThrowsAnyAsync<HttpRequestException>(() => delivery);
            }
        }

        Assert.Equal("PendingPayment", await buyer.OrderStateAsync(Tenant, orders[0]));
        Assert.Equal(0L, await CountAsync($"SELECT COUNT(*) FROM JournalEntries WHERE SourceId = '{Upper(paymentId)}'"));
        Assert.Equal(0L, await CountAsync($"SELECT COUNT(*) FROM WebhookEvents WHERE Id = 'evt_crash_{Run}'"));

        using var restarted = NodeProcess.Start(Host.AppData, new Dictionary<string, string> { ["SaaS__Payments__StripeApiBase"] = Stripe.Url });
        await restarted.WaitReadyAsync(Tenant);
        // The restarted node's job runner sweeps open payments at start and asks Stripe about them.
        await Eventually.HoldsAsync(async () => await buyer.OrderStateAsync(Tenant, orders[0]) == "Paid", "the restarted node books the payment Stripe confirmed");
        var redelivered = await restarted.Client.SendAsync(Webhook(body, signature));
        Assert.Equal("already booked", (await redelivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString());

        foreach (var order in orders)
        {
            Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));
            Assert.Equal(1L, await CountAsync($"SELECT COUNT(*) FROM JournalEntries WHERE Kind = 'order-paid' AND SourceId = '{Upper(order)}'"));
        }
        Assert.Equal(1L, await CountAsync($"SELECT COUNT(*) FROM JournalEntries WHERE Kind = 'payment' AND SourceId = '{Upper(paymentId)}'"));
        Assert.Equal(1L, await CountAsync($"SELECT COUNT(*) FROM OrderEvents WHERE Action = 'pay' AND OrderId = '{Upper(orders[0])}'"));
        var books = await Host.TrialBalanceAsync(Tenant);
        Assert.True(books.GetProperty("balanced").GetBoolean());
        Assert.Equal(189.00m, books.Balance("1010"));
    }

    /// <summary>Another connection takes the database's write lock, as a long writer elsewhere would: the node's booking waits for it.</summary>
    private async Task<SqliteTransactionHolder> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Host.AppData, "Sites", Tenant, "tenant.db")};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        return new SqliteTransactionHolder(connection);
    }

    private sealed class SqliteTransactionHolder(SqliteConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var command = connection.CreateCommand();
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
            await connection.DisposeAsync();
        }
    }

    private async Task<long> CountAsync(string sql) => (long)(await Host.TenantScalarAsync(Tenant, sql))!;

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private static HttpRequestMessage Webhook(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/{Tenant}/api/payments/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature);
        return request;
    }
}
