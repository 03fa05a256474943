namespace SaaS.Messaging.Channels;

/// <summary>An address (an ERP, a WeChat bridge) that receives the events it subscribed to, signed with its own secret.</summary>
public sealed class WebhookEndpoint
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Url { get; set; }

    public string? Description { get; set; }

    /// <summary>Comma-separated catalog events, or <c>*</c> for all.</summary>
    public required string Events { get; set; }

    public required string SecretProtected { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedUtc { get; init; }
}
