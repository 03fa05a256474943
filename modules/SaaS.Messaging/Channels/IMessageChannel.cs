using SaaS.Messaging.Outbox;
using SaaS.Messaging.Templates;

namespace SaaS.Messaging.Channels;

/// <summary>A way messages leave: e-mail, SMS, the inbox, webhooks.</summary>
public interface IMessageChannel
{
    string Name { get; }

    /// <summary>
    /// Opens what a run of sends shares (an SMTP connection), in a tenant scope. A channel whose session writes the
    /// tenant's own database (the inbox, the local SMS outbox) delivers in the transaction that marks the message
    /// sent, so its messages are delivered exactly once.
    /// </summary>
    Task<IChannelSession> OpenAsync(IServiceProvider tenantServices, CancellationToken cancellationToken);
}

public interface IChannelSession : IAsyncDisposable
{
    /// <summary>Whether delivering writes the tenant's database (and so shares the transaction that records it).</summary>
    bool InDatabase { get; }

    /// <returns>The provider's id for the message (Twilio's SID, the SMTP queue id), when it gives one.</returns>
    /// <exception cref="ChannelException">The channel refused or could not be reached.</exception>
    Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken);
}

/// <summary>A failed hand-off. A permanent one (an address the provider refuses) is not retried.</summary>
public sealed class ChannelException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
