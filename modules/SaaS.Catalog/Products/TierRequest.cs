namespace SaaS.Catalog.Products;

public sealed record TierRequest(int MinQuantity, decimal UnitPrice);
