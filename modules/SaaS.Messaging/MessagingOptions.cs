namespace SaaS.Messaging;

/// <summary>How the dispatcher paces itself (configuration section <c>SaaS:Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "SaaS:Messaging";

    /// <summary>How often the dispatcher looks for retries that came due and for messages a stopped node left claimed.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The first retry's delay; each further one doubles it, up to <see cref="RetryMax"/>, with random jitter.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts before a message becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a node holds the messages it claimed; a node that dies lets them go after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Messages claimed at a time per tenant.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Connections each channel sends over in parallel (SMTP connections, HTTP requests).</summary>
    public int Lanes { get; set; } = 4;

    /// <summary>Lets webhooks reach loopback and private networks (tests, an on-premises ERP); off, they reach the public internet only.</summary>
    public bool AllowPrivateWebhookAddresses { get; set; }

    /// <summary>Twilio's API address, for a local stand-in; Twilio's own when empty.</summary>
    public string? TwilioApiBase { get; set; }
}
