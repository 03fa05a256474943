namespace SaaS.Catalog.Categories;

public sealed record CategoryRequest(string? Slug, string? Name, Guid? ParentId, int? SortOrder);
