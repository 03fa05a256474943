using System.Threading.Channels;

namespace SaaS.Messaging.Outbox;

/// <summary>Tells this node's dispatcher which tenants just committed messages, so they leave at once rather than at the next poll.</summary>
public sealed class DispatchSignals
{
    private readonly Channel<string> woken = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Wake(string tenantName) => woken.Writer.TryWrite(tenantName);

    /// <summary>The tenants woken since the last call, waiting up to <paramref name="timeout"/> for the first.</summary>
    public async Task<IReadOnlySet<string>> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        var names = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (await woken.Reader.WaitToReadAsync(wait.Token)) while (woken.Reader.TryRead(out var name)) names.Add(name);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
        return names;
    }
}
