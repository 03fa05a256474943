using SaaS.Messaging.Channels;

namespace SaaS.Messaging.Admin;

/// <summary>The SMS kept locally, newest first; while Twilio is configured new ones go out through it instead.</summary>
public sealed record SmsOutboxModel(bool TwilioConfigured, IReadOnlyList<LocalSms> Messages);
