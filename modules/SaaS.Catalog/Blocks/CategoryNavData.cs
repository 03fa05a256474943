using SaaS.Blocks;
using SaaS.Catalog.Categories;

namespace SaaS.Catalog.Blocks;

/// <summary>The categories a category-nav block links to: the top level, or the children of its start category.</summary>
public sealed class CategoryNavData(CategoryService categories) : IBlockData
{
    public string BlockType => CatalogBlocks.CategoryNav.Name;

    public async Task<object?> LoadAsync(BlockRequest request, CancellationToken cancellationToken)
    {
        var tree = await categories.TreeAsync(cancellationToken);
        if (request.Settings.GetValueOrDefault("root") is not string { Length: > 0 } root) return tree;
        return Find(tree, root)?.Children ?? [];
    }

    private static CategoryNode? Find(IEnumerable<CategoryNode> nodes, string slug) =>
        nodes.Select(n => n.Slug == slug ? n : Find(n.Children, slug)).FirstOrDefault(n => n is not null);
}
