namespace SaaS.Orders.Orders;

public sealed record SheetShipmentItem(string SkuCode, string Title, string Unit, int Quantity);
