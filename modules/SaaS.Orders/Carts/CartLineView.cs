namespace SaaS.Orders.Carts;

/// <summary>A cart line priced at the tier its quantity reaches; <see cref="Problem"/> says why it cannot be checked out as it is.</summary>
public sealed record CartLineView(
    Guid Id, Guid SkuId, string Code, string Title, string Unit, int Quantity, int MinOrderQuantity, int OrderMultiple,
    decimal? UnitPrice, decimal? LineTotal, bool SavedForLater, string? Problem);
