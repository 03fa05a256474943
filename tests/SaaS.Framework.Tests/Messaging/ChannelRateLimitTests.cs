using System.Diagnostics;
using SaaS.Messaging.Outbox;

namespace SaaS.Framework.Tests.Messaging;

public sealed class ChannelRateLimitTests
{
    [Fact]
    public async Task A_channel_sends_no_faster_than_its_rate_after_a_burst_of_one_seconds_worth()
    {
        var limits = new ChannelRateLimits();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 4; i++) await limits.WaitTurnAsync("a", "sms", 2, CancellationToken.None);
        var burst = clock.Elapsed;
        for (var i = 0; i < 4; i++) await limits.WaitTurnAsync("a", "sms", 2, CancellationToken.None);

        // Two tokens at once, then one every half second: eight sends take at least 2.5 s whatever the machine's speed.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2.5), $"8 sends at 2/s took {clock.Elapsed}");
        Assert.True(burst >= TimeSpan.FromSeconds(0.5), $"the first 4 took {burst}");
    }

    [Fact]
    public async Task Tenants_and_channels_have_their_own_buckets()
    {
        var limits = new ChannelRateLimits();
        await limits.WaitTurnAsync("a", "sms", 1, CancellationToken.None);

        // Tenant a's SMS bucket is empty for a second; another tenant's SMS and tenant a's e-mail have tokens at once.
        Assert.True(limits.WaitTurnAsync("b", "sms", 1, CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(limits.WaitTurnAsync("a", "email", 1, CancellationToken.None).IsCompletedSuccessfully);
        var secondSms = limits.WaitTurnAsync("a", "sms", 1, CancellationToken.None);
        Assert.False(secondSms.IsCompleted);
        await secondSms;
    }
}
