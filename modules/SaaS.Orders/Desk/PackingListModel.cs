using SaaS.Orders.Orders;

namespace SaaS.Orders.Desk;

/// <summary>A packing list (装箱单) of what is left to ship, printed on <paramref name="Printed"/>.</summary>
public sealed record PackingListModel(OrderSheet Order, string Printed);
