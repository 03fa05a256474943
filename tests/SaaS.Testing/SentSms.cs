namespace SaaS.Testing;

/// <summary>An SMS as <see cref="FakeTwilio"/> received it: sent from a number or through a messaging service.</summary>
public sealed record SentSms(string AccountSid, string To, string? From, string? MessagingServiceSid, string Body);
