using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SaaS.Bench.Phases;

/// <summary>
/// What the themed storefront home costs to serve, against a yardstick in the same host: a bare endpoint answering
/// a fixed HTML string of the same size. Both pass through the same Kestrel, middleware, client and connections, so
/// the ratio of their throughputs and the difference of their allocations are the page's own work: the tenant's
/// part of the pipeline and the Liquid render.
/// </summary>
public sealed class RenderPhase : IBenchPhase
{
    private const double RatioTargetPercent = 50;
    private const double NetAllocationTargetKb = 50;
    // Warm-up by the clock as well as by count: the JIT recompiles hot methods (tier 0, instrumented, tier 1) only
    // after a quiet 100 ms without new tier-0 code, so 2,000 requests in a tenth of a second left the first timed
    // run about 30 % slower than the second.
    private const int WarmUpRequests = 2000;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    // Two rounds of (home, bare), best of each: a background hiccup in one run does not decide the ratio.
    private const int Rounds = 2;
    private const string TenantName = "render";
    private const string HomePath = "/" + TenantName + "/";
    private const string CounterPath = "/_bench/allocated";

    public string Name => "render";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var host = await hosts.StartAsync(new Dictionary<string, string>
        {
            ["BenchEndpoints"] = "true",
            // The tenant must stay active between the runs, or a run would time its re-activation too.
            ["TenantIdleTimeout"] = "01:00:00",
        }, cancellationToken);
        using (var operatorClient = new HostClient(host))
        {
            await operatorClient.WarmUpAsync(cancellationToken);
            await operatorClient.LaunchAsync(TenantName, "industrial-mro", "Render Bench", cancellationToken);
        }

        using var http = CreateLoadClient(host, options.RenderConnections);
        var pageBytes = await FetchHomeAsync(http, cancellationToken);
        var barePath = $"/_bench/fixed-html?bytes={pageBytes}";
        Console.WriteLine($"  GET {HomePath}: {pageBytes} bytes; yardstick GET {barePath}");

        // JIT tiering, the parse cache, connection pools and the GC's budgets all settle before anything is timed;
        // the warm-up also opens every one of the load's connections.
        foreach (var (path, connections) in new[] { (HomePath, options.RenderConnections), (barePath, options.RenderConnections), (CounterPath, 1) })
        {
            var warmUp = await LoadAsync(
                http, path, connections, (started, elapsed) => started < WarmUpRequests || elapsed < WarmUpTime, cancellationToken);
            Console.WriteLine($"  warm-up GET {path}: {warmUp}");
        }

        var duration = TimeSpan.FromSeconds(options.RenderSeconds);
        double homeRps = 0, bareRps = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var home = await TimedLoadAsync(http, HomePath, options.RenderConnections, duration, cancellationToken);
            Console.WriteLine($"  round {round} GET {HomePath}: {home}");
            var bare = await TimedLoadAsync(http, barePath, options.RenderConnections, duration, cancellationToken);
            Console.WriteLine($"  round {round} GET {barePath}: {bare}");
            homeRps = Math.Max(homeRps, home.RequestsPerSecond);
            bareRps = Math.Max(bareRps, bare.RequestsPerSecond);
        }
        var ratioPercent = 100 * homeRps / bareRps;
        Console.WriteLine($"  best of {Rounds}: home {homeRps:F0} req/s, bare {bareRps:F0} req/s, home/bare {ratioPercent:F1} % "
            + $"({options.RenderConnections} connections, load generator on the same machine)");

        // One request at a time, so the host's counter moves only for the requests being measured (and whatever
        // the host does in the background meanwhile, which is small next to thousands of requests).
        var requests = options.RenderRequests;
        // The counter's window spans the tail of the reading before and the head of the reading after: about one
        // reading's worth, which every other window also contains and gets subtracted.
        var counterBytes = await AllocatedDuringAsync(http, CounterPath, requests, cancellationToken) / (double)(requests + 1);
        var homeBytes = (await AllocatedDuringAsync(http, HomePath, requests, cancellationToken) - counterBytes) / requests;
        var bareBytes = (await AllocatedDuringAsync(http, barePath, requests, cancellationToken) - counterBytes) / requests;
        var netBytes = homeBytes - bareBytes;
        Console.WriteLine($"  allocated per request over {requests} sequential requests: home {homeBytes:F0} B, bare {bareBytes:F0} B, "
            + $"home net of bare {netBytes:F0} B; the counter endpoint itself {counterBytes:F0} B");

        return
        [
            new Figure(Name, "home page size", pageBytes / 1024.0, "KB"),
            new Figure(Name, $"home throughput, best of {Rounds}", homeRps, "req/s"),
            new Figure(Name, $"bare same-size throughput, best of {Rounds}", bareRps, "req/s"),
            new Figure(Name, "home/bare throughput", ratioPercent, "%", AtLeast: RatioTargetPercent),
            new Figure(Name, "home allocated/request, net of bare", netBytes / 1024, "KB", Below: NetAllocationTargetKb),
            new Figure(Name, "home allocated/request, raw", homeBytes / 1024, "KB"),
            new Figure(Name, "bare allocated/request, raw", bareBytes / 1024, "KB"),
            new Figure(Name, "counter endpoint allocated/request", counterBytes / 1024, "KB"),
        ];
    }

    private static HttpClient CreateLoadClient(HostProcess host, int connections)
    {
        // One keep-alive connection per concurrent request; no cookies, so every request is an anonymous visitor's.
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        };
        var http = new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        // The storefront answers a browser's request with the themed page; both endpoints get the same headers.
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return http;
    }

    /// <summary>The home page once, checked to be a themed HTML page; returns its length in bytes as sent.</summary>
    private static async Task<int> FetchHomeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(HomePath, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {HomePath} answered {(int)response.StatusCode}, expected 200: {Encoding.UTF8.GetString(body)}");
        }
        if (!Encoding.UTF8.GetString(body).Contains("<html", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GET {HomePath} answered 200 without <html: it is not the themed page.");
        }
        return body.Length;
    }

    private static Task<LoadResult> TimedLoadAsync(
        HttpClient http, string path, int connections, TimeSpan duration, CancellationToken cancellationToken) =>
        LoadAsync(http, path, connections, (_, elapsed) => elapsed < duration, cancellationToken);

    /// <summary>
    /// <paramref name="connections"/> loops each sending one request at a time for as long as
    /// <paramref name="keepGoing"/> (requests started so far, time since the start) says so.
    /// </summary>
    private static async Task<LoadResult> LoadAsync(
        HttpClient http, string path, int connections, Func<long, TimeSpan, bool> keepGoing, CancellationToken cancellationToken)
    {
        long started = 0, completed = 0, bytes = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var buffer = new byte[64 * 1024];
            while (keepGoing(Interlocked.Increment(ref started) - 1, clock.Elapsed))
            {
                Interlocked.Add(ref bytes, await SendAsync(http, path, buffer, cancellationToken));
                Interlocked.Increment(ref completed);
            }
        }, cancellationToken));
        await Task.WhenAll(loops);
        // Requests in flight at the deadline are counted and so is the time they took: no run is cut short.
        return new LoadResult(completed, clock.Elapsed, bytes);
    }

    /// <summary>Sends one GET and reads its body into <paramref name="buffer"/>; returns the body's length.</summary>
    private static async Task<long> SendAsync(HttpClient http, string path, byte[] buffer, CancellationToken cancellationToken)
    {
        // Headers first, then the body read into a reused buffer: the load generator shares the machine with the
        // host, and every byte it allocates or copies is CPU the host does not get.
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} under load, expected 200.");
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0) length += read;
        return length;
    }

    /// <summary>How many bytes the host allocated while it served <paramref name="requests"/> sequential GETs of <paramref name="path"/>.</summary>
    private static async Task<long> AllocatedDuringAsync(HttpClient http, string path, int requests, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var before = await ReadAllocatedAsync(http, cancellationToken);
        for (var i = 0; i < requests; i++) await SendAsync(http, path, buffer, cancellationToken);
        var after = await ReadAllocatedAsync(http, cancellationToken);
        return after - before;
    }

    private static async Task<long> ReadAllocatedAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var reply = await http.GetFromJsonAsync<JsonElement>(CounterPath, cancellationToken);
        return reply.GetProperty("allocatedBytes").GetInt64();
    }

    private readonly record struct LoadResult(long Requests, TimeSpan Elapsed, long Bytes)
    {
        public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

        public override string ToString() =>
            $"{Requests} requests in {Elapsed.TotalSeconds:F1} s = {RequestsPerSecond:F0} req/s, {Bytes / Math.Max(1, Requests)} bytes each";
    }
}
