using SaaS.Messaging.Outbox;
using SaaS.Paging;

namespace SaaS.Messaging.Admin;

/// <summary>The delivery log as filtered, with the choices of its filters.</summary>
/// <param name="PageError">Why the page asked for could not be shown (the first is).</param>
public sealed record DeliveriesModel(
    DeliveryPage Page, DeliveryFilter Filter, IReadOnlyList<string> States, IReadOnlyList<string> Channels, IReadOnlyList<string> Events, string? Message,
    string? PageError = null)
{
    public int Dead => Page.Counts.GetValueOrDefault(nameof(OutboxState.Dead));

    public DeliveryChart Chart => DeliveryChart.Of(Page.Counts);

    public Pager Pager => Pager.Of(Page.Page, DeliveryLog.PageSize, Page.Total, page =>
        $"{DeliveryPages.Path}?state={Uri.EscapeDataString(Filter.State ?? "")}&channel={Uri.EscapeDataString(Filter.Channel ?? "")}&event={Uri.EscapeDataString(Filter.Event ?? "")}"
        + $"&recipient={Uri.EscapeDataString(Filter.Recipient ?? "")}&page={page}");
}
