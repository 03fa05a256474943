using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
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
        using (var doomed = NodeProcess.Start(Host.AppData, Stripe.Url))
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

        using var restarted = NodeProcess.Start(Host.AppData, Stripe.Url);
        await restarted.WaitReadyAsync(Tenant);
        // The restarted node's job runner sweeps open payments at start and asks Stripe about them.
        await PaymentMarketplace.EventuallyAsync(async () => await buyer.OrderStateAsync(Tenant, orders[0]) == "Paid", "the restarted node books the payment Stripe confirmed");
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

    /// <summary>The host executable as its own process on 127.0.0.1, over an existing App_Data; stopped by its PID.</summary>
    private sealed class NodeProcess : IDisposable
    {
        private readonly Process process;

        private NodeProcess(Process process, Uri address)
        {
            this.process = process;
            Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        }

        public HttpClient Client { get; }

        public static NodeProcess Start(string appData, string stripeApiBase)
        {
            var port = FreePort();
            var info = new ProcessStartInfo("dotnet", [HostDll()])
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(HostDll())!,
            };
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            info.Environment["SaaS__AppData"] = appData;
            info.Environment["SaaS__Demo"] = "false";
            info.Environment["SaaS__OperatorApiKey"] = SaaSHost.OperatorKey;
            info.Environment["SaaS__Payments__StripeApiBase"] = stripeApiBase;
            var process = Process.Start(info)!;
            var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(appData, $"node-{port}.log")) { AutoFlush = true });
            process.OutputDataReceived += (_, line) => log.WriteLine(line.Data);
            process.ErrorDataReceived += (_, line) => log.WriteLine(line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new NodeProcess(process, new Uri($"http://127.0.0.1:{port}"));
        }

        public async Task WaitReadyAsync(string tenant)
        {
            for (var i = 0; i < 300; i++)
            {
                Assert.False(process.HasExited, "the node process exited while starting");
                try
                {
                    if ((await Client.GetAsync($"/{tenant}/")).StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(100);
            }
            Assert.Fail("the node process did not answer within 30 s");
        }

        /// <summary>SIGKILL: no shutdown hooks, no flushing, as a crash or an OOM kill.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited) Kill();
            process.Dispose();
            Client.Dispose();
        }

        /// <summary>The host built alongside these tests, in the same configuration.</summary>
        private static string HostDll()
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "SaaS.sln"))) root = root.Parent!;
            return Path.Combine(root.FullName, "src", "SaaS.Web", "bin", configuration, "net10.0", "SaaS.Web.dll");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
