namespace SaaS.Catalog.Categories;

public sealed record CategoryNode(Guid Id, string Slug, string Name, Guid? ParentId, IReadOnlyList<CategoryNode> Children);
