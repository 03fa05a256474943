using SaaS.Messaging.Outbox;

namespace SaaS.Messaging.Admin;

/// <summary>The delivery log as filtered, with the choices of its filters.</summary>
public sealed record DeliveriesModel(
    DeliveryPage Page, DeliveryFilter Filter, IReadOnlyList<string> States, IReadOnlyList<string> Channels, IReadOnlyList<string> Events, string? Message)
{
    public int Dead => Page.Counts.GetValueOrDefault(nameof(OutboxState.Dead));

    public DeliveryChart Chart => DeliveryChart.Of(Page.Counts);
}
