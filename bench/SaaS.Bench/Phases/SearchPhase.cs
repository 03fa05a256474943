using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SaaS.Bench.Phases;

/// <summary>
/// Search over a large catalog: launches <c>industrial-mro</c>, copies its products up to N published ones through
/// the bench-only seeding endpoint (one reindex at the end), then times a mix of queries (Chinese, English, a typo,
/// a SKU code, a synonym, filters with a price sort, an attribute filter), each returning facets and highlights:
/// in-process through the search service, and over HTTP one request at a time on a keep-alive connection; then how
/// soon a merchant's delisting and publishing shows in buyers' search.
/// </summary>
public sealed class SearchPhase : IBenchPhase
{
    private const double InProcessTargetMs = 10;
    private const double HttpTargetMs = 25;
    private const double CategoryPageTargetMs = 50;
    private const double FreshnessTargetMs = 2000;
    private const int FreshnessProducts = 20;
    private const string FastenersOwner = "owner@fasteners.example.cn";
    private const string OwnerPassword = "Bench-Owner-2024";

    /// <summary>Category pages over the same 100,000 products: a big branch, a leaf, a price sort, an attribute filter, a deep page.</summary>
    private static readonly string[] CategoryPages =
        ["/c/fasteners", "/c/bolts", "/c/bolts?sort=price_asc", "/c/gloves?inStock=true", "/c/hand-tools?page=5"];
    private const string TenantName = "search";

    public static readonly IReadOnlyList<string> Queries =
    [
        "q=螺栓",
        "q=hex%20bolt",
        "q=blot",
        "q=BN-0004242",
        "q=不锈钢%20螺丝",
        "q=手套&category=safety&inStock=true&sort=price_asc",
        "q=bolt&a.material=" + Uri.EscapeDataString("不锈钢304") + "&sort=newest",
        "category=fasteners&page=3",
    ];

    public string Name => "search";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var host = await hosts.StartAsync(new Dictionary<string, string>
        {
            ["BenchEndpoints"] = "true",
            ["TenantIdleTimeout"] = "01:00:00",
        }, cancellationToken);
        using (var operatorClient = new HostClient(host))
        {
            await operatorClient.WarmUpAsync(cancellationToken);
            await operatorClient.LaunchAsync(TenantName, "industrial-mro", "Search Bench", cancellationToken);
        }
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false })
        {
            BaseAddress = host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(15),
        };

        var seeded = await http.PostAsync($"/_bench/search/seed?tenant={TenantName}&products={options.SearchProducts - 202}", null, cancellationToken);
        var seed = await ReadAsync(seeded, "POST /_bench/search/seed", cancellationToken);
        var documents = seed.GetProperty("documents").GetInt32();
        var insertSeconds = seed.GetProperty("insertSeconds").GetDouble();
        var reindexSeconds = seed.GetProperty("reindexSeconds").GetDouble();
        Console.WriteLine($"  {documents} published products indexed; inserted in {insertSeconds:F1} s, index rebuilt in {reindexSeconds:F1} s");

        var query = string.Join("&", Queries.Select(q => "query=" + Uri.EscapeDataString(q)));
        // JIT tiering and the index's caches settle before anything is timed.
        await ReadAsync(await http.GetAsync($"/_bench/search/inprocess?tenant={TenantName}&rounds=30&{query}", cancellationToken), "warm-up", cancellationToken);
        var inProcess = await ReadAsync(await http.GetAsync($"/_bench/search/inprocess?tenant={TenantName}&rounds={options.SearchRounds}&{query}", cancellationToken),
            "GET /_bench/search/inprocess", cancellationToken);
        Console.WriteLine($"  in-process: n={inProcess.GetProperty("count").GetInt32()} p50={inProcess.GetProperty("p50").GetDouble():F2} "
            + $"p95={inProcess.GetProperty("p95").GetDouble():F2} max={inProcess.GetProperty("max").GetDouble():F2} ms");
        foreach (var q in inProcess.GetProperty("queries").EnumerateObject())
        {
            Console.WriteLine($"    {Uri.UnescapeDataString(q.Name)}: {q.Value.GetProperty("hits").GetInt32()} hits, p50 {q.Value.GetProperty("p50").GetDouble():F2} ms, p95 {q.Value.GetProperty("p95").GetDouble():F2} ms");
        }

        var overHttp = await TimeAsync(http, Queries.Select(q => $"/{TenantName}/api/search?{q}").ToList(), 30, options.SearchRounds, cancellationToken);
        Console.WriteLine($"  over HTTP, one request at a time: {overHttp}");

        var categoryPages = await TimeAsync(http, CategoryPages.Select(page => $"/{TenantName}{page}").ToList(), 1, options.SearchRounds, cancellationToken);
        Console.WriteLine($"  category pages (themed HTML), one request at a time: {categoryPages}");

        var freshness = await FreshnessAsync(http, host, cancellationToken);
        Console.WriteLine($"  merchant's change → buyers' search, {FreshnessProducts} products delisted then published: {freshness}");

        return
        [
            new Figure(Name, "published products indexed", documents, "docs"),
            new Figure(Name, "index rebuild from the catalog", reindexSeconds, "s"),
            new Figure(Name, "search p50, in-process", inProcess.GetProperty("p50").GetDouble(), "ms"),
            new Figure(Name, "search p95, in-process", inProcess.GetProperty("p95").GetDouble(), "ms", Below: InProcessTargetMs),
            new Figure(Name, "search p50, HTTP", overHttp.Median, "ms"),
            new Figure(Name, "search p95, HTTP", overHttp.P95, "ms", Below: HttpTargetMs),
            new Figure(Name, "category page p50", categoryPages.Median, "ms"),
            new Figure(Name, "category page p95", categoryPages.P95, "ms", Below: CategoryPageTargetMs),
            new Figure(Name, "change → searchable p50", freshness.Median, "ms"),
            new Figure(Name, "change → searchable p95", freshness.P95, "ms", Below: FreshnessTargetMs),
        ];
    }

    /// <summary>
    /// From the merchant's request to the first search that reflects it, polling every 10 ms: each of a few products
    /// delisted (until its SKU code finds nothing), then published again (until it finds it).
    /// </summary>
    private static async Task<LatencySummary> FreshnessAsync(HttpClient http, HostProcess host, CancellationToken cancellationToken)
    {
        var merchant = new TenantSession(http, TenantName, await TenantAccounts.AcceptInvitationAsync(http, host, TenantName, FastenersOwner, OwnerPassword, cancellationToken));
        var products = (await merchant.ExpectAsync(HttpMethod.Get, "/api/merchant/products?status=Published", null, HttpStatusCode.OK, cancellationToken))
            .EnumerateArray().Take(FreshnessProducts).ToList();
        var timings = new List<double>();
        foreach (var product in products)
        {
            var id = product.GetProperty("id").GetString();
            var code = Uri.EscapeDataString(product.GetProperty("skus")[0].GetProperty("code").GetString()!);
            foreach (var (action, found) in new[] { ("delist", false), ("publish", true) })
            {
                var started = Stopwatch.GetTimestamp();
                await merchant.ExpectAsync(HttpMethod.Post, $"/api/merchant/products/{id}/{action}", null, HttpStatusCode.OK, cancellationToken);
                while (await FindsAsync(http, code, cancellationToken) != found)
                {
                    if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(30)) throw new InvalidOperationException($"Search did not reflect {action} of {code} in 30 s.");
                    await Task.Delay(10, cancellationToken);
                }
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        return LatencySummary.Of(timings);
    }

    private static async Task<bool> FindsAsync(HttpClient http, string code, CancellationToken cancellationToken) =>
        (await ReadAsync(await http.GetAsync($"/{TenantName}/api/search?q={code}", cancellationToken), "GET /api/search", cancellationToken))
            .GetProperty("total").GetInt32() > 0;

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    /// <summary>Each path requested once per round, one request at a time on a keep-alive connection, after warm-up rounds.</summary>
    private static async Task<LatencySummary> TimeAsync(HttpClient http, IReadOnlyList<string> paths, int warmUpRounds, int rounds, CancellationToken cancellationToken)
    {
        var timings = new List<double>();
        for (var round = 0; round < warmUpRounds + rounds; round++)
        {
            foreach (var path in paths)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(path, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (round >= warmUpRounds) timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
            }
        }
        return LatencySummary.Of(timings);
    }
}
