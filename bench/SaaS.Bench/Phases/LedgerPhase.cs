using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;

namespace SaaS.Bench.Phases;

/// <summary>
/// The double-entry ledger: a marketplace with Payments on, on SQLite, where 1 and then 8 concurrent writers post
/// 3-line order-paid entries through the Ledger service in-process, one entry a transaction, for
/// <c>--ledger-seconds</c> each; then, when a PostgreSQL server is given, a tenant there whose journal is bulk-loaded
/// with <c>--ledger-entries</c> entries and whose trial balance is timed through the service and over HTTP. Both
/// trial balances must balance and count exactly what was put in.
/// </summary>
public sealed class LedgerPhase : IBenchPhase
{
    private const double EntriesPerSecondTarget = 2000;
    private const double TrialBalanceTargetMs = 1000;
    private const int TrialBalanceRounds = 5;
    private const string TrialBalancePath = "/api/admin/ledger/trial-balance";
    private static readonly int[] WriterLevels = [1, 8];

    /// <summary>Entries a settlement-sized transaction posts.</summary>
    private const int Batch = 100;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public string Name => "ledger";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        var figures = new List<Figure>(await PostingAsync(hosts, options, cancellationToken));
        if (options.PostgresConnectionString is not { } server)
        {
            Console.WriteLine("  no PostgreSQL server (--postgres, which bench/run.sh passes when PostgreSQL is installed): no trial balance over a large journal");
            return figures;
        }
        figures.AddRange(await TrialBalanceAsync(hosts, options, server, cancellationToken));
        return figures;
    }

    private async Task<IReadOnlyList<Figure>> PostingAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        Console.WriteLine("  -- posting, SQLite");
        const string tenant = "ledger";
        var (host, http, admin) = await LaunchAsync(hosts, tenant, "Sqlite", new Dictionary<string, string>(), cancellationToken);
        using (http)
        {
            var posted = 0L;
            var warmUp = await PostAsync(http, tenant, writers: 1, WarmUp, cancellationToken);
            posted += warmUp.Entries;
            Console.WriteLine($"  warm-up, 1 writer: {warmUp}");
            var figures = new List<Figure>();
            foreach (var writers in WriterLevels)
            {
                var load = MachineLoad.OneMinute();
                var run = await PostAsync(http, tenant, writers, TimeSpan.FromSeconds(options.LedgerSeconds), cancellationToken);
                posted += run.Entries;
                var at = $"at {writers} {(writers == 1 ? "writer" : "writers")} (SQLite)";
                Console.WriteLine($"  {at}: {run}; load {load} -> {MachineLoad.OneMinute()}");
                figures.Add(new Figure(Name, $"entries posted per second {at}", run.PerSecond, "/s", AtLeast: EntriesPerSecondTarget));
                figures.Add(new Figure(Name, $"post p50 {at}", run.P50, "ms"));
                figures.Add(new Figure(Name, $"post p95 {at}", run.P95, "ms"));
            }

            // A settlement run, a bank-statement import or a recipe posts many entries in one transaction: one commit's disk sync for them all.
            var batched = await PostAsync(http, tenant, writers: 1, TimeSpan.FromSeconds(options.LedgerSeconds), cancellationToken, batch: Batch);
            posted += batched.Entries;
            Console.WriteLine($"  {Batch} entries a transaction, 1 writer: {batched} (p50/p95 per transaction)");
            figures.Add(new Figure(Name, $"entries posted per second, {Batch} a transaction (SQLite)", batched.PerSecond, "/s", AtLeast: EntriesPerSecondTarget));

            var balance = await admin.ExpectAsync(HttpMethod.Get, TrialBalancePath, null, HttpStatusCode.OK, cancellationToken);
            var (debits, credits, entries) = (balance.GetProperty("debits").GetDecimal(), balance.GetProperty("credits").GetDecimal(), balance.GetProperty("entries").GetInt64());
            Console.WriteLine($"  trial balance: {entries:N0} entries (posted {posted:N0}), debits {debits:N2}, credits {credits:N2}, balanced {balance.GetProperty("balanced").GetBoolean()}");
            figures.Add(new Figure(Name, "posted entries missing from the trial balance (SQLite)", posted - entries, "entries", Exactly: 0));
            figures.Add(new Figure(Name, "trial balance debits - credits (SQLite)", (double)(debits - credits), "CNY", Exactly: 0));
            await hosts.StopAsync(host);
            return figures;
        }
    }

    private async Task<IReadOnlyList<Figure>> TrialBalanceAsync(HostLauncher hosts, BenchOptions options, string server, CancellationToken cancellationToken)
    {
        Console.WriteLine("  -- trial balance, PostgreSQL");
        // A server given with --postgres may outlive the bench and hold an earlier run's database.
        var tenant = "ledger-" + RandomNumberGenerator.GetHexString(6, lowercase: true);
        var (host, http, admin) = await LaunchAsync(hosts, tenant, "Postgres", new Dictionary<string, string> { ["PostgresConnectionString"] = server }, cancellationToken);
        using (http)
        {
            var load = MachineLoad.OneMinute();
            var seed = await ReadAsync(await http.PostAsync($"/_bench/ledger/seed?tenant={tenant}&entries={options.LedgerEntries}", null, cancellationToken), "POST /_bench/ledger/seed", cancellationToken);
            var (entries, lines) = (seed.GetProperty("entries").GetInt64(), seed.GetProperty("lines").GetInt64());
            var (debits, credits) = (seed.GetProperty("debits").GetInt64() / 100m, seed.GetProperty("credits").GetInt64() / 100m);
            var copySeconds = seed.GetProperty("copySeconds").GetDouble();
            Console.WriteLine($"  loaded {entries:N0} entries / {lines:N0} lines (debits = credits = {debits:N2}) by binary COPY in {copySeconds:F1} s "
                + $"({entries / copySeconds:N0} entries/s), VACUUM ANALYZE {seed.GetProperty("vacuumSeconds").GetDouble():F1} s; load {load} -> {MachineLoad.OneMinute()}");

            load = MachineLoad.OneMinute();
            var first = await ReadAsync(await http.GetAsync($"/_bench/ledger/trial-balance?tenant={tenant}&rounds=1", cancellationToken), "GET /_bench/ledger/trial-balance", cancellationToken);
            var firstMs = first.GetProperty("timings")[0].GetDouble();
            var inProcess = await ReadAsync(await http.GetAsync($"/_bench/ledger/trial-balance?tenant={tenant}&rounds={TrialBalanceRounds}", cancellationToken),
                "GET /_bench/ledger/trial-balance", cancellationToken);
            var serviceTimings = LatencySummary.Of(inProcess.GetProperty("timings").EnumerateArray().Select(t => t.GetDouble()));
            Console.WriteLine($"  through the Ledger service: first {firstMs:F0} ms, then {Rounds(serviceTimings)}; load {load} -> {MachineLoad.OneMinute()}");

            load = MachineLoad.OneMinute();
            var httpTimings = new List<double>();
            JsonElement balance = default;
            for (var round = 0; round < TrialBalanceRounds; round++)
            {
                var started = Stopwatch.GetTimestamp();
                balance = await admin.ExpectAsync(HttpMethod.Get, TrialBalancePath, null, HttpStatusCode.OK, cancellationToken);
                httpTimings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            var overHttp = LatencySummary.Of(httpTimings);
            Console.WriteLine($"  GET /{tenant}{TrialBalancePath} as the tenant admin: {Rounds(overHttp)}; load {load} -> {MachineLoad.OneMinute()}");

            var (balanceDebits, balanceCredits, balanceEntries) =
                (balance.GetProperty("debits").GetDecimal(), balance.GetProperty("credits").GetDecimal(), balance.GetProperty("entries").GetInt64());
            Console.WriteLine($"  trial balance: {balanceEntries:N0} entries, {balance.GetProperty("accounts").GetArrayLength()} accounts, debits {balanceDebits:N2}, "
                + $"credits {balanceCredits:N2}, balanced {balance.GetProperty("balanced").GetBoolean()}");

            // Leaves a server that outlives the bench as it was.
            using (var operatorClient = new HostClient(host)) await operatorClient.DeleteAsync(tenant, cancellationToken);
            await hosts.StopAsync(host);
            return
            [
                new Figure(Name, $"trial balance of {entries:N0} entries, first call (service, PostgreSQL)", firstMs, "ms"),
                new Figure(Name, "trial balance min (service, PostgreSQL)", serviceTimings.Min, "ms"),
                new Figure(Name, "trial balance median (service, PostgreSQL)", serviceTimings.Median, "ms", Below: TrialBalanceTargetMs),
                new Figure(Name, "trial balance max (service, PostgreSQL)", serviceTimings.Max, "ms"),
                new Figure(Name, "trial balance min (HTTP, PostgreSQL)", overHttp.Min, "ms"),
                new Figure(Name, "trial balance median (HTTP, PostgreSQL)", overHttp.Median, "ms", Below: TrialBalanceTargetMs),
                new Figure(Name, "trial balance max (HTTP, PostgreSQL)", overHttp.Max, "ms"),
                new Figure(Name, "trial balance entries - entries loaded (PostgreSQL)", balanceEntries - entries, "entries", Exactly: 0),
                new Figure(Name, "trial balance debits - debits loaded (PostgreSQL)", (double)(balanceDebits - debits), "CNY", Exactly: 0),
                new Figure(Name, "trial balance credits - credits loaded (PostgreSQL)", (double)(balanceCredits - credits), "CNY", Exactly: 0),
            ];
        }
    }

    /// <summary>A host with the bench endpoints, a blank marketplace launched on it with Payments (and so Orders) on, and its administrator signed in.</summary>
    private static async Task<(HostProcess Host, HttpClient Http, TenantSession Admin)> LaunchAsync(
        HostLauncher hosts, string tenant, string databaseProvider, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        settings["BenchEndpoints"] = "true";
        settings["TenantIdleTimeout"] = "01:00:00";
        var host = await hosts.StartAsync(settings, cancellationToken);
        using (var operatorClient = new HostClient(host))
        {
            await operatorClient.LaunchAsync(tenant, "blank", "Ledger Bench", databaseProvider, cancellationToken);
        }
        // Loading a million entries and totalling them take longer than a request usually may.
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        var admin = new TenantSession(http, tenant,
            await TenantAccounts.SignInAsync(http, tenant, HostClient.AdminEmail(tenant), HostClient.AdminPassword, cancellationToken));
        await admin.ExpectAsync(HttpMethod.Post, "/api/admin/features/Payments/enable", null, HttpStatusCode.OK, cancellationToken);
        return (host, http, admin);
    }

    private static async Task<PostRun> PostAsync(HttpClient http, string tenant, int writers, TimeSpan duration, CancellationToken cancellationToken, int batch = 1)
    {
        var run = await ReadAsync(await http.PostAsync($"/_bench/ledger/post?tenant={tenant}&writers={writers}&seconds={duration.TotalSeconds}&batch={batch}", null, cancellationToken),
            "POST /_bench/ledger/post", cancellationToken);
        return new PostRun(run.GetProperty("entries").GetInt32(), run.GetProperty("seconds").GetDouble(),
            run.GetProperty("p50").GetDouble(), run.GetProperty("p95").GetDouble(), run.GetProperty("p99").GetDouble(), run.GetProperty("max").GetDouble());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        using (response) return await TenantSession.ReadAsync(response, HttpStatusCode.OK, what, cancellationToken);
    }

    private static string Rounds(LatencySummary timings) =>
        $"{timings.Count} rounds, min {timings.Min:F0} / median {timings.Median:F0} / max {timings.Max:F0} ms";

    private sealed record PostRun(int Entries, double Seconds, double P50, double P95, double P99, double Max)
    {
        public double PerSecond => Entries / Seconds;

        public override string ToString() =>
            $"{Entries:N0} entries in {Seconds:F1} s = {PerSecond:N0}/s; per entry p50 {P50:F2} / p95 {P95:F2} / p99 {P99:F2} / max {Max:F1} ms";
    }
}
