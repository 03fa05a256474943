namespace SaaS.Orders.Desk;

/// <summary>A line still to ship, with the quantity typed for this parcel and its message.</summary>
public sealed record ShipFormLine(Guid Id, string SkuCode, string Title, string Unit, int Left, string Value, string? Error);
