namespace SaaS.Orders.Storefront;

public sealed record ShipmentItemRow(string SkuCode, string Title, int Quantity, string Unit);
