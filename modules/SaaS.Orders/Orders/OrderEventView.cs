namespace SaaS.Orders.Orders;

public sealed record OrderEventView(DateTimeOffset AtUtc, string Actor, string Action, string State, string? Detail, Guid? AfterSalesId)
{
    public static OrderEventView From(OrderEvent e) => new(e.AtUtc, e.Actor, e.Action, e.State.ToString(), e.Detail, e.AfterSalesId);
}
