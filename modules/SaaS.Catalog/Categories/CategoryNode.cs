namespace SaaS.Catalog.Categories;

/// <param name="VerifiedBuyersOnly">Set on this category itself; its subcategories inherit it (see <see cref="CategorySnapshot.VerifiedBuyersOnly"/>).</param>
public sealed record CategoryNode(Guid Id, string Slug, string Name, Guid? ParentId, IReadOnlyList<CategoryNode> Children, bool VerifiedBuyersOnly = false);
