namespace SaaS.Catalog.Events;

/// <summary>
/// Many products of one merchant were created at once (an import batch, a recipe's catalog): one event for the
/// batch, so whatever shows them (search) records one change for all instead of one per product.
/// </summary>
public sealed record ProductsCreated(IReadOnlyList<Guid> ProductIds, Guid MerchantId, string Status);
