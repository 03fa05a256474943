using System.Net.Http.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests.Messaging;

/// <summary>
/// A dispatching node killed (SIGKILL) in the middle of a run of e-mails: the SMTP server holds the next message
/// unanswered when the node dies, so some e-mails were accepted and recorded, some were claimed but never
/// accepted, and the rest were still queued. A restarted node must send every e-mail, and none twice.
/// </summary>
public sealed class MessagingCrashTests : IAsyncLifetime
{
    private const string Tenant = "msgcrash";
    private const int Messages = 60;
    private const int AcceptedBeforeTheCrash = 25;
    private readonly SmtpSink smtp = SmtpSink.Start();
    private readonly FakeTwilio twilio = new();
    private SaaSHost host = null!;

    public async Task InitializeAsync()
    {
        // This in-process host only sets the marketplace up; the nodes under test are separate processes. It must not
        // dispatch itself, so it looks for due messages once an hour.
        var settings = MessagingMarketplace.FastDispatch(twilio.Url);
        settings["SaaS:Messaging:PollInterval"] = "01:00:00";
        host = SaaSHost.With(settings);
        await host.LaunchOrdersAsync(Tenant);
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        Assert.True((await admin.PostAsync($"/{Tenant}/api/admin/features/Messaging/enable", null)).IsSuccessStatusCode);
        var saved = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/messaging/settings", new { smtpHost = "127.0.0.1", smtpPort = smtp.Port, smtpTls = "None" });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        host.Dispose();
        smtp.Dispose();
        twilio.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_node_killed_mid_dispatch_loses_no_message_and_the_restarted_node_sends_none_twice()
    {
        smtp.StallAfter(AcceptedBeforeTheCrash);
        using (var doomed = NodeProcess.Start(host.AppData, Node()))
        {
            await doomed.WaitReadyAsync(Tenant);
            await QueueAsync();
            await smtp.WaitUntilStalledAsync(TimeSpan.FromSeconds(60));
            // Everything the server accepted is on record; the node is waiting on the server for the next e-mail.
            await Eventually.HoldsAsync(async () => (await StatesAsync()).GetValueOrDefault("Sent") == AcceptedBeforeTheCrash, "the accepted e-mails recorded");
            doomed.Kill();
        }
        smtp.DropStalled();

        Assert.Equal(AcceptedBeforeTheCrash, smtp.Messages.Count);
        var states = await StatesAsync();
        Assert.Equal(Messages, states.Values.Sum());
        Assert.Equal(AcceptedBeforeTheCrash, states.GetValueOrDefault("Sent"));
        Assert.True(states.GetValueOrDefault("Sending") >= 1, "the node died holding claimed messages");

        using var restarted = NodeProcess.Start(host.AppData, Node());
        await restarted.WaitReadyAsync(Tenant);
        await Eventually.HoldsAsync(async () => (await StatesAsync()).GetValueOrDefault("Sent") == Messages, "every message sent after the restart", seconds: 60);
        await Task.Delay(1000);

        var received = smtp.Messages;
        Assert.Equal(Messages, received.Count);
        Assert.Equal(Messages, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, Messages).Select(Address).Order(), received.Select(m => m.To.ToString()).Order());
    }

    private static Dictionary<string, string> Node() => new()
    {
        ["SaaS__Messaging__PollInterval"] = "00:00:00.200",
        ["SaaS__Messaging__Lease"] = "00:00:03",
        ["SaaS__Messaging__RetryBase"] = "00:00:00.300",
    };

    private static string Address(int i) => $"applicant-{i:D3}@crash.example.cn";

    /// <summary>E-mails as a business change queues them (committed outbox rows), each to its own applicant.</summary>
    private async Task QueueAsync()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var rows = Enumerable.Range(0, Messages).Select(i =>
            $"('{Guid.CreateVersion7().ToString().ToUpperInvariant()}', 'merchant.applied', 'merchant.applied:{i}:email:{Address(i)}:email', 'email', 'email:{Address(i)}', " +
            $"'applicant', '{Address(i)}', 'zh-CN', '{{\"site_name\":\"工品汇\",\"application\":{{\"legal_name\":\"申请人 {i}\"}}}}', 'Queued', 0, {now}, {now})");
        await host.TenantSqlAsync(Tenant, "INSERT INTO OutboxMessages (Id, Event, IdempotencyKey, Channel, Recipient, Party, Address, Locale, PayloadJson, State, Attempts, NextAttemptAt, CreatedAt) VALUES " +
            string.Join(", ", rows));
    }

    private async Task<Dictionary<string, int>> StatesAsync() =>
        (await host.TenantRowsAsync(Tenant, "SELECT State, COUNT(*) FROM OutboxMessages WHERE Event = 'merchant.applied' GROUP BY State"))
            .ToDictionary(r => (string)r[0], r => (int)(long)r[1]);
}
