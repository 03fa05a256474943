namespace SaaS.Orders.Carts;

public sealed record ReorderResult(int Added, IReadOnlyList<ReorderSkip> Skipped, CartView Cart);

public sealed record ReorderSkip(string SkuCode, string Reason);
