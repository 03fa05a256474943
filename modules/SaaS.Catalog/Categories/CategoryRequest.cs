namespace SaaS.Catalog.Categories;

/// <param name="VerifiedBuyersOnly">Whether only verified buyer companies see the category's products; left out (null), an edit keeps it as it is.</param>
public sealed record CategoryRequest(string? Slug, string? Name, Guid? ParentId, int? SortOrder, bool? VerifiedBuyersOnly = null);
