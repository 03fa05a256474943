using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>An order as lists show it; its id is the order number buyers and merchants both read out.</summary>
/// <param name="Placed">In the marketplace's time zone.</param>
public sealed record BuyerOrderRow(Guid Id, DateTimeOffset Placed, string MerchantName, decimal Total, string State, string? PoNumber)
{
    public string StateLabel => OrderLabels.State(State);
}
