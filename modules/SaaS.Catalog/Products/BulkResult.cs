namespace SaaS.Catalog.Products;

public sealed record BulkResult(Guid Id, bool Done, string? Error);
