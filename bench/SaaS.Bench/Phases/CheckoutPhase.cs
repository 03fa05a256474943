using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using SaaS.Enterprises;

namespace SaaS.Bench.Phases;

/// <summary>
/// Buyers checking out: an <c>industrial-mro</c> marketplace on SQLite, and again on PostgreSQL when a server is
/// given, where up to <c>--checkout-buyers</c> buyer companies each fill their cart with the same 10 lines from 3
/// merchants in one quick order and check it out (3 orders), over and over for <c>--checkout-seconds</c> at 1, 20
/// and 100 concurrent buyers; only the checkout request is timed. Then the oversell race: every buyer puts 1 unit
/// of a SKU with 10 in stock in the cart and all check out at once, and exactly 10 must get it.
/// </summary>
public sealed class CheckoutPhase : IBenchPhase
{
    private const double P95TargetMs = 150;
    private const int TargetLevel = 20;
    private const int OversellUnits = 10;
    // Units reserved by a checkout stay reserved (nobody pays in the bench): every cart SKU gets enough for any run.
    private const int CartSkuStock = 10_000_000;
    private const int SetUpParallelism = 4;
    private const string OwnerPassword = "Bench-Owner-2024";
    private const string BuyerPassword = "Bench-Buyer-2024";
    private const string FastenersOwner = "owner@fasteners.example.cn";
    private static readonly int[] Levels = [1, 20, 100];
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>The cart's merchants and how many of its 10 lines each sells: one order each at checkout.</summary>
    private static readonly (string Owner, int Lines)[] Merchants =
        [(FastenersOwner, 4), ("owner@tools.example.cn", 3), ("owner@bearings.example.cn", 3)];

    public string Name => "checkout";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>(await MeasureAsync(hosts, options, new Database("SQLite", "Sqlite", Server: null), cancellationToken));
        if (options.PostgresConnectionString is not { } server)
        {
            Console.WriteLine("  no PostgreSQL server (--postgres, which bench/run.sh passes when PostgreSQL is installed): SQLite only");
            return figures;
        }
        figures.AddRange(await MeasureAsync(hosts, options, new Database("PostgreSQL", "Postgres", server), cancellationToken));
        return figures;
    }

    private async Task<IReadOnlyList<Figure>> MeasureAsync(HostLauncher hosts, BenchOptions options, Database database, CancellationToken cancellationToken)
    {
        Console.WriteLine($"  -- {database.Label}");
        var settings = new Dictionary<string, string>
        {
            // A hundred buyers register and sign in from one address within seconds.
            ["LoginPermitsPerMinute"] = "100000",
            ["TenantIdleTimeout"] = "01:00:00",
        };
        if (database.Server is { } server) settings["PostgresConnectionString"] = server;
        var host = await hosts.StartAsync(settings, cancellationToken);
        // A server given with --postgres may outlive the bench and hold an earlier run's database.
        var tenant = database.Server is null ? "checkout" : "checkout-" + RandomNumberGenerator.GetHexString(6, lowercase: true);
        using var operatorClient = new HostClient(host);
        await operatorClient.LaunchAsync(tenant, "industrial-mro", "Checkout Bench", database.Provider, cancellationToken);
        // One keep-alive connection per buyer, no cookies: every request is signed by its own bearer token.
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.CheckoutBuyers + SetUpParallelism,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };

        var setUp = Stopwatch.StartNew();
        var market = await SetUpAsync(http, host, tenant, options.CheckoutBuyers, cancellationToken);
        Console.WriteLine($"  set up in {setUp.Elapsed.TotalSeconds:F1} s: {market.Buyers.Count} buyer companies; the cart: "
            + market.QuickOrder.Replace("\n", "; ", StringComparison.Ordinal));

        var figures = new List<Figure>();
        var warmUp = await LoadAsync(market, market.Buyers.Take(1).ToList(), WarmUp, cancellationToken);
        Console.WriteLine($"  warm-up, 1 buyer: {warmUp}");
        var duration = TimeSpan.FromSeconds(options.CheckoutSeconds);
        foreach (var level in Levels.Select(l => Math.Min(l, options.CheckoutBuyers)).Distinct())
        {
            var run = await LoadAsync(market, market.Buyers.Take(level).ToList(), duration, cancellationToken);
            var at = $"at {level} {(level == 1 ? "buyer" : "buyers")} ({database.Label})";
            Console.WriteLine($"  {at}: {run}");
            figures.Add(new Figure(Name, $"checkouts per second {at}", run.PerSecond, "/s"));
            figures.Add(new Figure(Name, $"checkout p50 {at}", run.Latency.Median, "ms"));
            figures.Add(new Figure(Name, $"checkout p95 {at}", run.Latency.P95, "ms",
                Below: level == TargetLevel && database.Server is null ? P95TargetMs : null));
            figures.Add(new Figure(Name, $"checkout p99 {at}", run.Latency.P99, "ms"));
        }

        figures.AddRange(await OversellAsync(market, database, cancellationToken));
        // Leaves a server that outlives the bench as it was.
        if (database.Server is not null) await operatorClient.DeleteAsync(tenant, cancellationToken);
        await hosts.StopAsync(host);
        return figures;
    }

    /// <summary>
    /// The merchants' owners signed in, the cart's 10 SKUs chosen among their published products and given ample
    /// stock, the oversell SKU given exactly its 10 units, and the buyer companies registered, each with an address.
    /// </summary>
    private static async Task<Market> SetUpAsync(HttpClient http, HostProcess host, string tenant, int buyerCount, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        Oversold? oversold = null;
        foreach (var (owner, count) in Merchants)
        {
            var merchant = new TenantSession(http, tenant, await TenantAccounts.AcceptInvitationAsync(http, host, tenant, owner, OwnerPassword, cancellationToken));
            var products = (await merchant.ExpectAsync(HttpMethod.Get, "/api/merchant/products?status=Published", null, HttpStatusCode.OK, cancellationToken))
                .EnumerateArray().ToList();
            if (products.Count <= count) throw new InvalidOperationException($"{owner} has {products.Count} published products; the cart needs {count} and the race one more.");
            var cart = products.Take(count).ToList();
            lines.AddRange(cart.Select(p => $"{p.GetProperty("skus")[0].GetProperty("code").GetString()}, {SmallestQuantity(p)}"));
            await SetStockAsync(merchant, cart, CartSkuStock, cancellationToken);
            if (owner != FastenersOwner) continue;

            // One unit a buyer: a product without a minimum order above 1 or a pack size, and not in the cart.
            var raced = products.Skip(count).FirstOrDefault(p => SmallestQuantity(p) == 1);
            if (raced.ValueKind == JsonValueKind.Undefined) throw new InvalidOperationException($"{owner} has no product sold by the unit for the oversell race.");
            await SetStockAsync(merchant, [raced], OversellUnits, cancellationToken);
            oversold = new Oversold(merchant, raced.GetProperty("id").GetString()!, raced.GetProperty("skus")[0].GetProperty("id").GetGuid(),
                raced.GetProperty("skus")[0].GetProperty("code").GetString()!);
        }

        var buyers = new Buyer[buyerCount];
        await Parallel.ForEachAsync(Enumerable.Range(0, buyerCount), new ParallelOptions { MaxDegreeOfParallelism = SetUpParallelism, CancellationToken = cancellationToken },
            async (i, ct) => buyers[i] = await RegisterBuyerAsync(http, tenant, i, ct));
        return new Market(string.Join("\n", lines), buyers, oversold ?? throw new InvalidOperationException($"{FastenersOwner} is not among the cart's merchants."));
    }

    /// <summary>The least a buyer may order: the minimum order rounded up to the pack size.</summary>
    private static int SmallestQuantity(JsonElement product)
    {
        var (minimum, multiple) = (product.GetProperty("minOrderQuantity").GetInt32(), product.GetProperty("orderMultiple").GetInt32());
        return (minimum + multiple - 1) / multiple * multiple;
    }

    /// <summary>Sets every SKU of the products to <paramref name="stock"/> units on hand (the bulk action sets a product's SKUs alike).</summary>
    private static async Task SetStockAsync(TenantSession merchant, IReadOnlyList<JsonElement> products, int stock, CancellationToken cancellationToken)
    {
        var ids = products.Select(p => p.GetProperty("id").GetGuid()).ToList();
        var results = await merchant.ExpectAsync(HttpMethod.Post, "/api/merchant/products/bulk", new { ids, action = "stock", stock }, HttpStatusCode.OK, cancellationToken);
        if (results.EnumerateArray().FirstOrDefault(r => !r.GetProperty("done").GetBoolean()) is { ValueKind: JsonValueKind.Object } failed)
        {
            throw new InvalidOperationException($"Setting the stock of product {failed.GetProperty("id")} failed: {failed.GetProperty("error")}");
        }
    }

    /// <summary>A person who registers, founds a buyer company (a valid unified social credit code of its own) and adds its delivery address.</summary>
    private static async Task<Buyer> RegisterBuyerAsync(HttpClient http, string tenant, int number, CancellationToken cancellationToken)
    {
        var email = $"buyer{number:D3}@plant-{number:D3}.bench.test";
        var session = new TenantSession(http, tenant, await TenantAccounts.RegisterAsync(http, tenant, email, BuyerPassword, cancellationToken));
        // 91: an enterprise; 320500: Suzhou; then 9 characters numbering the company.
        var body = $"91320500{number:D9}";
        await session.ExpectAsync(HttpMethod.Post, "/api/companies",
            new { name = $"苏州基准制造有限公司 {number:D3}", creditCode = body + UnifiedSocialCreditCode.CheckCharacter(body) }, HttpStatusCode.Created, cancellationToken);
        var address = await session.ExpectAsync(HttpMethod.Post, "/api/companies/mine/addresses",
            new { label = "总仓", recipient = "张工", phone = "13800001111", region = "江苏省苏州市", street = $"工业园区星湖街{number + 1}号", isDefault = true },
            HttpStatusCode.Created, cancellationToken);
        return new Buyer(session, address.GetProperty("id").GetString()!, number);
    }

    /// <summary>
    /// Each buyer, concurrently, fills the cart with the 10 lines in one quick order and checks out, again and again
    /// until <paramref name="duration"/> has passed; a checkout in flight at the deadline is finished and counted.
    /// </summary>
    private static async Task<LoadRun> LoadAsync(Market market, IReadOnlyList<Buyer> buyers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var timings = new List<double>[buyers.Count];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(buyers.Select((buyer, i) => Task.Run(async () =>
        {
            timings[i] = [];
            for (var round = 1; clock.Elapsed < duration; round++)
            {
                await buyer.Session.ExpectAsync(HttpMethod.Post, "/api/cart/quick", new { lines = market.QuickOrder }, HttpStatusCode.OK, cancellationToken);
                var started = Stopwatch.GetTimestamp();
                using var response = await buyer.Session.SendAsync(HttpMethod.Post, "/api/checkout", Checkout(buyer, $"PO-{buyer.Number:D3}-{round}"), cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var placed = await TenantSession.ReadAsync(response, HttpStatusCode.Created, "POST /api/checkout", cancellationToken);
                if (placed.GetProperty("orders").GetArrayLength() != Merchants.Length)
                {
                    throw new InvalidOperationException($"A checkout of {Merchants.Length} merchants' lines placed {placed.GetProperty("orders").GetArrayLength()} orders: {placed}");
                }
                timings[i].Add(elapsed);
            }
        }, cancellationToken)));
        var checkouts = timings.Sum(t => t.Count);
        return new LoadRun(buyers.Count, checkouts, clock.Elapsed, LatencySummary.Of(timings.SelectMany(t => t)));
    }

    /// <summary>
    /// Every buyer puts 1 unit of the SKU that has 10 in its (emptied) cart; then all checkouts are released at
    /// once through a gate. Exactly 10 may be placed; the others must be refused with 409 naming the line.
    /// </summary>
    private async Task<IReadOnlyList<Figure>> OversellAsync(Market market, Database database, CancellationToken cancellationToken)
    {
        var raced = market.Oversold;
        await Parallel.ForEachAsync(market.Buyers, new ParallelOptions { MaxDegreeOfParallelism = SetUpParallelism, CancellationToken = cancellationToken }, async (buyer, ct) =>
        {
            await EmptyCartAsync(buyer, ct);
            await buyer.Session.ExpectAsync(HttpMethod.Post, "/api/cart/items", new { skuId = raced.SkuId, quantity = 1 }, HttpStatusCode.OK, ct);
        });

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = market.Buyers.Select(async buyer =>
        {
            await gate.Task;
            using var response = await buyer.Session.SendAsync(HttpMethod.Post, "/api/checkout", Checkout(buyer, $"RACE-{buyer.Number:D3}"), cancellationToken);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(cancellationToken));
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(racing);

        var placed = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        var refused = answers.Count(IsClearRefusal);
        var others = answers.Where(a => a.StatusCode != HttpStatusCode.Created && !IsClearRefusal(a)).ToList();
        foreach (var (status, body) in others.Take(3)) Console.WriteLine($"  oversell: an answer neither placed nor refused clearly: {(int)status} {body}");

        var product = await raced.Merchant.ExpectAsync(HttpMethod.Get, $"/api/merchant/products/{raced.ProductId}", null, HttpStatusCode.OK, cancellationToken);
        var sku = product.GetProperty("skus").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == raced.SkuId);
        var (stock, reserved) = (sku.GetProperty("stock").GetInt32(), sku.GetProperty("reserved").GetInt32());
        Console.WriteLine($"  oversell, {market.Buyers.Count} buyers for {OversellUnits} units of {raced.Code}: {placed} placed, {refused} refused (409 lines[0].quantity), "
            + $"{others.Count} other answers; afterwards {stock} on hand, {reserved} reserved");

        var of = $"({market.Buyers.Count} buyers, {OversellUnits} units, {database.Label})";
        return
        [
            new Figure(Name, $"oversell placed {of}", placed, "orders", Exactly: OversellUnits),
            new Figure(Name, $"oversell refused, 409 lines[0].quantity {of}", refused, "answers", Exactly: market.Buyers.Count - OversellUnits),
            new Figure(Name, $"oversell other answers {of}", others.Count, "answers", Exactly: 0),
            new Figure(Name, $"oversell SKU reserved afterwards {of}", reserved, "units", Exactly: OversellUnits),
            new Figure(Name, $"oversell SKU on hand afterwards {of}", stock, "units", Exactly: OversellUnits),
        ];
    }

    private static async Task EmptyCartAsync(Buyer buyer, CancellationToken cancellationToken)
    {
        var cart = await buyer.Session.ExpectAsync(HttpMethod.Get, "/api/cart", null, HttpStatusCode.OK, cancellationToken);
        var lines = cart.GetProperty("merchants").EnumerateArray().SelectMany(m => m.GetProperty("lines").EnumerateArray())
            .Concat(cart.GetProperty("savedForLater").EnumerateArray());
        foreach (var line in lines)
        {
            await buyer.Session.ExpectAsync(HttpMethod.Delete, $"/api/cart/items/{line.GetProperty("id").GetGuid()}", null, HttpStatusCode.OK, cancellationToken);
        }
    }

    /// <summary>409 with a problem naming the cart's only line, as a buyer who came too late must be told.</summary>
    private static bool IsClearRefusal((HttpStatusCode StatusCode, string Body) answer)
    {
        if (answer.StatusCode != HttpStatusCode.Conflict) return false;
        try
        {
            return JsonDocument.Parse(answer.Body).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty("lines[0].quantity", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static object Checkout(Buyer buyer, string poNumber) =>
        new { addressId = buyer.AddressId, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber };

    /// <param name="Server">The PostgreSQL server's connection string; null for SQLite, a file per tenant.</param>
    private sealed record Database(string Label, string Provider, string? Server);

    private sealed record Buyer(TenantSession Session, string AddressId, int Number);

    /// <summary>The SKU of the oversell race, and its merchant's session to read its stock afterwards.</summary>
    private sealed record Oversold(TenantSession Merchant, string ProductId, Guid SkuId, string Code);

    /// <param name="QuickOrder">The cart's 10 lines as a buyer pastes them: <c>CODE, quantity</c>, one a line.</param>
    private sealed record Market(string QuickOrder, IReadOnlyList<Buyer> Buyers, Oversold Oversold);

    private sealed record LoadRun(int Buyers, int Checkouts, TimeSpan Elapsed, LatencySummary Latency)
    {
        public double PerSecond => Checkouts / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Checkouts} checkouts in {Elapsed.TotalSeconds:F1} s = {PerSecond:F1}/s; checkout request {Latency}";
    }
}
