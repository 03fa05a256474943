namespace SaaS.Catalog.Products;

/// <param name="Action"><c>publish</c>, <c>delist</c>, <c>price</c> (every tier by <paramref name="Percent"/>) or <c>stock</c> (every SKU to <paramref name="Stock"/>).</param>
public sealed record BulkRequest(IReadOnlyList<Guid>? Ids, string? Action, decimal? Percent, int? Stock);
