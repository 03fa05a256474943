namespace SaaS.Messaging.Settings;

/// <summary>The marketplace's own SMTP server and Twilio account, and how fast each channel may send. Secrets are stored encrypted.</summary>
public sealed class MessagingSettings
{
    public int Id { get; init; } = 1;

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public SmtpTls SmtpTls { get; set; } = SmtpTls.StartTls;

    public string? SmtpUser { get; set; }

    public string? SmtpPasswordProtected { get; set; }

    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    public string? TwilioAccountSid { get; set; }

    public string? TwilioAuthTokenProtected { get; set; }

    public string? TwilioFrom { get; set; }

    public int EmailPerSecond { get; set; } = 500;

    public int SmsPerSecond { get; set; } = 10;

    public int WebhookPerSecond { get; set; } = 50;

    public DateTimeOffset UpdatedUtc { get; set; }
}

public enum SmtpTls
{
    None,
    StartTls,
    SslOnConnect,
}
