namespace SaaS.Messaging.Admin;

/// <summary>The messaging overview: the delivery log's messages by state, charted, and every catalog event's rules as a form.</summary>
public sealed record MessagingOverviewModel(DeliveryChart Chart, IReadOnlyList<EventGroupForms> Groups, IReadOnlyList<string> Channels, string? Message);
