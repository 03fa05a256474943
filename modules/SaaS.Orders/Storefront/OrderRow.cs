namespace SaaS.Orders.Storefront;

/// <summary>An order as lists show it.</summary>
public sealed record OrderRow(Guid Id, string Reference, DateTimeOffset PlacedUtc, string MerchantName, decimal Total, string State, string? PoNumber)
{
    public string StateLabel => OrderLabels.State(State);

    /// <summary>
    /// A short reference buyers can read out: the id's last characters, which are random (its first ones are the
    /// time, the same for the orders of one checkout).
    /// </summary>
    public static string ReferenceOf(Guid id) => id.ToString("N")[^10..].ToUpperInvariant();
}
