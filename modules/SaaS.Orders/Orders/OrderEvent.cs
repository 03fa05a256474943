namespace SaaS.Orders.Orders;

/// <summary>One entry of an order's timeline: who did what, when, and the state it left the order in.</summary>
public sealed class OrderEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public DateTimeOffset AtUtc { get; init; }

    /// <summary>The user's e-mail, or <c>system</c> for the expiry job and the payments seam.</summary>
    public required string Actor { get; init; }

    public required string Action { get; init; }

    public OrderState State { get; init; }

    public string? Detail { get; init; }

    /// <summary>Set when the entry is a step of an after-sales request: the order's timeline tells that story too.</summary>
    public Guid? AfterSalesId { get; init; }
}
