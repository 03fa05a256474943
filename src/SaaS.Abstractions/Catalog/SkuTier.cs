namespace SaaS.Catalog;

/// <summary>From <see cref="MinQuantity"/> units on, each costs <see cref="UnitPrice"/> (the buyer's price).</summary>
public sealed record SkuTier(int MinQuantity, decimal UnitPrice);
