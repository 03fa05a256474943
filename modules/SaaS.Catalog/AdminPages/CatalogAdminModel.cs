using SaaS.Catalog.Categories;

namespace SaaS.Catalog.AdminPages;

/// <summary>The operator's catalog page: the tree, one selected category with its attributes, the review rule.</summary>
public sealed record CatalogAdminModel(
    IReadOnlyList<CategoryRow> Tree, Category? Selected, IReadOnlyList<AttributeDefinition> OwnAttributes, IReadOnlyList<AttributeDefinition> Inherited,
    IReadOnlyList<string> Kinds, bool RequireReview, string? Message, string? Error);
