namespace SaaS.Messaging.Catalog;

public static class ChannelNames
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Inbox = "inbox";
    public const string Webhook = "webhook";

    /// <summary>The channels rules and templates name; webhooks follow their endpoints' subscriptions instead.</summary>
    public static readonly IReadOnlyList<string> Templated = [Email, Sms, Inbox];

    public static readonly IReadOnlyList<string> Locales = ["zh-CN", "en"];
}
