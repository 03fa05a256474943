using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace SaaS.Bench.Phases;

/// <summary>
/// The messaging outbox against a real SMTP server on 127.0.0.1: a blank marketplace with Messaging on, its SMTP
/// settings pointing at the bench's server and merchant.applied set to e-mail the applicant alone, so each business
/// commit queues exactly one e-mail. Three runs: <c>--messaging-emails</c> commits one by one as fast as two
/// writers go (throughput from the first commit to the last hand-off, and the dispatcher's pace between the 10th
/// and 90th percentile hand-offs); as many committed in one transaction (the dispatcher draining a backlog alone);
/// and a steady stream of <c>--messaging-rate</c> a second for <c>--messaging-seconds</c> (each e-mail's latency
/// from its commit to its hand-off). Every e-mail must arrive exactly once.
/// </summary>
public sealed class MessagingPhase : IBenchPhase
{
    private const double EmailsPerSecondTarget = 200;
    private const double LatencyP95TargetMs = 2000;
    private const string Tenant = "messaging";
    private const int WarmUpEmails = 50;

    /// <summary>Concurrent business requests committing the throughput run's e-mails.</summary>
    private const int Writers = 2;

    /// <summary>No hand-off for this long means the rest is not coming (a failed send waits 30 s for its retry).</summary>
    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(45);

    /// <summary>How long the bench keeps listening after the last expected e-mail, for copies sent twice.</summary>
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(1);

    public string Name => "messaging";

    public async Task<IReadOnlyList<Figure>> RunAsync(HostLauncher hosts, BenchOptions options, CancellationToken cancellationToken)
    {
        await using var smtp = await SmtpArrivals.StartAsync(cancellationToken);
        Console.WriteLine($"  SMTP server at 127.0.0.1:{smtp.Port}");
        var host = await hosts.StartAsync(new Dictionary<string, string> { ["BenchEndpoints"] = "true", ["TenantIdleTimeout"] = "01:00:00" }, cancellationToken);
        using (var operatorClient = new HostClient(host))
        {
            await operatorClient.LaunchAsync(Tenant, "blank", "Messaging Bench", cancellationToken);
        }
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var admin = new TenantSession(http, Tenant, await TenantAccounts.SignInAsync(http, Tenant, HostClient.AdminEmail(Tenant), HostClient.AdminPassword, cancellationToken));
        await admin.ExpectAsync(HttpMethod.Post, "/api/admin/features/Messaging/enable", null, HttpStatusCode.OK, cancellationToken);
        await admin.ExpectAsync(HttpMethod.Put, "/api/admin/messaging/settings",
            new { smtpHost = "127.0.0.1", smtpPort = smtp.Port, smtpTls = "None", fromAddress = "no-reply@bench.local", emailPerSecond = 5000 }, HttpStatusCode.OK, cancellationToken);
        await admin.ExpectAsync(HttpMethod.Put, "/api/admin/messaging/rules/merchant.applied",
            new[] { new { audience = "applicant", channels = new[] { "email" } } }, HttpStatusCode.OK, cancellationToken);

        var warmUp = await MeasureAsync(http, smtp, new Run("warm-up", WarmUpEmails), cancellationToken);
        Console.WriteLine($"  warm-up: {warmUp.Summary}");

        var emails = options.MessagingEmails;
        var load = MachineLoad.OneMinute();
        var oneByOne = await MeasureAsync(http, smtp, new Run("commits", emails, Writers: Writers), cancellationToken);
        Console.WriteLine($"  {emails:N0} commits of one e-mail each, {Writers} writers: {oneByOne.Summary}; load {load} -> {MachineLoad.OneMinute()}");
        Console.WriteLine($"    committed at {oneByOne.CommitsPerSecond:N0}/s; handed off at {oneByOne.PerSecond:N0}/s from the first commit to the last hand-off, "
            + $"{oneByOne.DispatcherPerSecond:N0}/s between the 10th and 90th percentile hand-offs");

        load = MachineLoad.OneMinute();
        var backlog = await MeasureAsync(http, smtp, new Run("backlog", emails, PerTransaction: emails), cancellationToken);
        Console.WriteLine($"  {emails:N0} e-mails committed in one transaction: {backlog.Summary}; load {load} -> {MachineLoad.OneMinute()}");
        Console.WriteLine($"    drained at {backlog.PerSecond:N0}/s from the commit to the last hand-off, {backlog.DispatcherPerSecond:N0}/s between the 10th and 90th percentile hand-offs");

        load = MachineLoad.OneMinute();
        var rate = options.MessagingRate;
        var steady = await MeasureAsync(http, smtp, new Run("steady", rate * options.MessagingSeconds, PerSecond: rate), cancellationToken);
        Console.WriteLine($"  steady {rate}/s for {options.MessagingSeconds} s: {steady.Summary}; load {load} -> {MachineLoad.OneMinute()}");

        await hosts.StopAsync(host);
        var runs = new[] { warmUp, oneByOne, backlog, steady };
        return
        [
            new Figure(Name, $"e-mails per second, first commit to last hand-off ({emails:N0} commits, {Writers} writers)", oneByOne.PerSecond, "/s", AtLeast: EmailsPerSecondTarget),
            new Figure(Name, "e-mails per second, 10th to 90th percentile hand-off (same run)", oneByOne.DispatcherPerSecond, "/s", AtLeast: EmailsPerSecondTarget),
            new Figure(Name, "commits per second queuing them (same run)", oneByOne.CommitsPerSecond, "/s"),
            new Figure(Name, "commit to hand-off p95 (same run)", oneByOne.Latency.P95, "ms"),
            new Figure(Name, $"e-mails per second draining {emails:N0} committed at once", backlog.PerSecond, "/s", AtLeast: EmailsPerSecondTarget),
            new Figure(Name, $"commit to hand-off p50 (steady {rate}/s)", steady.Latency.Median, "ms"),
            new Figure(Name, $"commit to hand-off p95 (steady {rate}/s)", steady.Latency.P95, "ms", Below: LatencyP95TargetMs),
            new Figure(Name, $"commit to hand-off p99 (steady {rate}/s)", steady.Latency.P99, "ms"),
            new Figure(Name, $"commit to hand-off max (steady {rate}/s)", steady.Latency.Max, "ms"),
            new Figure(Name, "e-mails missing, all runs", runs.Sum(r => r.Missing), "e-mails", Exactly: 0),
            new Figure(Name, "e-mails handed off more than once, and strangers, all runs", runs.Sum(r => r.Duplicates + r.Strangers), "e-mails", Exactly: 0),
        ];
    }

    /// <summary>Commits the run's e-mails in the host, waits for them at the SMTP server, and matches each to its commit by recipient.</summary>
    private static async Task<Outcome> MeasureAsync(HttpClient http, SmtpArrivals smtp, Run run, CancellationToken cancellationToken)
    {
        var share = (run.Emails + run.Writers - 1) / run.Writers;
        var commits = (await Task.WhenAll(Enumerable.Range(0, run.Writers).Select(writer =>
            NotifyAsync(http, run, first: writer * share, count: Math.Min(share, run.Emails - writer * share), cancellationToken)))).SelectMany(c => c).ToArray();
        var arrivals = await WaitForAsync(smtp, run, cancellationToken);
        if (arrivals.Count == 0) throw new InvalidOperationException($"None of the {run.Name} run's {run.Emails:N0} e-mails reached the SMTP server (see the host's log).");
        return Outcome.Of(run, commits, arrivals);
    }

    private static async Task<double[]> NotifyAsync(HttpClient http, Run run, int first, int count, CancellationToken cancellationToken)
    {
        var query = $"tenant={Tenant}&run={run.Name}&first={first}&count={count}&perTransaction={run.PerTransaction}"
            + (run.PerSecond is { } rate ? $"&perSecond={rate.ToString(CultureInfo.InvariantCulture)}" : "");
        using var response = await http.PostAsync($"/_bench/messaging/notify?{query}", null, cancellationToken);
        var answer = await TenantSession.ReadAsync(response, HttpStatusCode.OK, "POST /_bench/messaging/notify", cancellationToken);
        return answer.GetProperty("committed").EnumerateArray().Select(c => c.GetDouble()).ToArray();
    }

    /// <summary>The run's arrivals once all of them came (and a moment more, for copies), or once the server has been silent too long.</summary>
    private static async Task<IReadOnlyList<SmtpArrival>> WaitForAsync(SmtpArrivals smtp, Run run, CancellationToken cancellationToken)
    {
        var (seen, quietSince) = (-1, Stopwatch.GetTimestamp());
        while (true)
        {
            var arrived = smtp.Snapshot().Count(a => a.Recipient.StartsWith(run.Prefix, StringComparison.Ordinal));
            if (arrived >= run.Emails) break;
            if (arrived != seen) (seen, quietSince) = (arrived, Stopwatch.GetTimestamp());
            else if (Stopwatch.GetElapsedTime(quietSince) > Silence) break;
            await Task.Delay(50, cancellationToken);
        }
        await Task.Delay(Linger, cancellationToken);
        return smtp.Snapshot().Where(a => a.Recipient.StartsWith(run.Prefix, StringComparison.Ordinal)).ToList();
    }

    /// <param name="PerTransaction">Occurrences a transaction commits: 1 as a business request does, all of them for a backlog.</param>
    /// <param name="PerSecond">The pace of a steady stream; none: as fast as the commits go.</param>
    private sealed record Run(string Name, int Emails, int Writers = 1, int PerTransaction = 1, double? PerSecond = null)
    {
        public string Prefix => $"bench-{Name}-";

        public string Recipient(int index) => $"{Prefix}{index}@bench.local";
    }

    private sealed record Outcome(int Emails, int Missing, int Duplicates, int Strangers, double PerSecond, double DispatcherPerSecond, double CommitsPerSecond, LatencySummary Latency)
    {
        public static Outcome Of(Run run, double[] commits, IReadOnlyList<SmtpArrival> arrivals)
        {
            var byRecipient = arrivals.GroupBy(a => a.Recipient).ToDictionary(g => g.Key, g => g.Min(a => a.UnixMs));
            var expected = Enumerable.Range(0, run.Emails).Select(run.Recipient).ToHashSet(StringComparer.Ordinal);
            var latencies = Enumerable.Range(0, run.Emails).Where(i => byRecipient.ContainsKey(run.Recipient(i))).Select(i => byRecipient[run.Recipient(i)] - commits[i]).ToList();
            var handOffs = byRecipient.Values.Order().ToArray();
            var (firstCommit, lastCommit) = (commits.Min(), commits.Max());
            // Between the 10th and 90th percentile hand-offs the dispatcher is at its pace: past its first claim, before the queue runs dry.
            var (tenth, ninetieth) = (handOffs[(int)(handOffs.Length * 0.1)], handOffs[(int)(handOffs.Length * 0.9) - 1]);
            return new Outcome(
                run.Emails,
                Missing: expected.Count(r => !byRecipient.ContainsKey(r)),
                Duplicates: arrivals.Count - byRecipient.Count,
                Strangers: byRecipient.Keys.Count(r => !expected.Contains(r)),
                PerSecond: handOffs.Length / ((handOffs[^1] - firstCommit) / 1000),
                DispatcherPerSecond: ((int)(handOffs.Length * 0.9) - 1 - (int)(handOffs.Length * 0.1)) / ((ninetieth - tenth) / 1000),
                CommitsPerSecond: lastCommit > firstCommit ? commits.Length / ((lastCommit - firstCommit) / 1000) : double.PositiveInfinity,
                LatencySummary.Of(latencies));
        }

        public string Summary => $"{Emails - Missing:N0} of {Emails:N0} handed off, {Duplicates} twice, {Strangers} strangers; commit to hand-off {Latency}";
    }
}
