using Microsoft.EntityFrameworkCore;
using SaaS.Blocks;
using SaaS.Decoration.Data;

namespace SaaS.Decoration.Pages;

/// <summary>Published pages and shop looks for the routes that show them; also renders drafts for the editor's preview.</summary>
public sealed class ComposedPages(PageService pages, BlockCatalog catalog, IEnumerable<IBlockData> data, DecorationDbContext db) : IComposedPages
{
    public async Task<IReadOnlyList<ComposedBlock>?> PublishedAsync(Guid? merchantId, string page, CancellationToken cancellationToken)
    {
        var owner = merchantId ?? DecoratedPage.Marketplace;
        return await pages.PublishedAsync(owner, page, cancellationToken) is { } published ? await ComposeAsync(owner, published.Blocks, cancellationToken) : null;
    }

    /// <summary>Blocks as their views render them, each with the data its module loads (products of a grid …).</summary>
    public async Task<IReadOnlyList<ComposedBlock>> ComposeAsync(Guid owner, IReadOnlyList<StoredBlock> blocks, CancellationToken cancellationToken)
    {
        var composed = new List<ComposedBlock>(blocks.Count);
        var placement = PageService.Placement(owner);
        for (var i = 0; i < blocks.Count; i++)
        {
            // A type whose module was switched off since the page was published is left out, not shown broken.
            if (catalog.Find(blocks[i].Type, placement) is not { } type) continue;
            var source = data.FirstOrDefault(d => d.BlockType == type.Name);
            var merchant = owner == DecoratedPage.Marketplace ? (Guid?)null : owner;
            var loaded = source is null ? null : await source.LoadAsync(new BlockRequest(type.Name, merchant, blocks[i].Settings), cancellationToken);
            composed.Add(new ComposedBlock(type.View, new BlockModel(type.Name, i, blocks[i].Settings, loaded)));
        }
        return composed;
    }

    public async Task<ShopLook> ShopLookAsync(Guid merchantId, string currentPage, CancellationToken cancellationToken)
    {
        var appearance = await db.Appearances.AsNoTracking().SingleOrDefaultAsync(a => a.MerchantId == merchantId, cancellationToken);
        var published = await db.Pages.AsNoTracking().Where(p => p.MerchantId == merchantId && p.PublishedVersion != null)
            .Select(p => new { p.Slug, p.Title }).ToListAsync(cancellationToken);
        var navigation = (appearance?.Navigation ?? "home,about").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(slug => published.FirstOrDefault(p => p.Slug == slug))
            .Where(p => p is not null)
            .Select(p => new ShopNavLink(p!.Title, p.Slug == "home" ? $"/shops/{merchantId}" : $"/shops/{merchantId}/{p.Slug}", p.Slug == currentPage))
            .ToList();
        return new ShopLook(appearance?.LogoUrl, appearance?.BannerUrl, appearance?.BrandColor, navigation);
    }
}
