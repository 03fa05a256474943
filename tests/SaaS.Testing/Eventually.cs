using Xunit;

namespace SaaS.Testing;

/// <summary>
/// Waits for work a host does in the background after a commit: a message sent, a search index brought up to date, a
/// refund sent to the card network. How soon that happens is a figure of the bench (<c>bench/run.sh</c>); the limit
/// here only tells "never" from "slow on a busy machine".
/// </summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Still not true after {seconds} s: {what}");
    }
}
