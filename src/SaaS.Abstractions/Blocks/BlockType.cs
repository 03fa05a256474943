namespace SaaS.Blocks;

/// <summary>Where a block type may be placed: a merchant's shop pages, the marketplace's own pages, or both.</summary>
[Flags]
public enum BlockPlacement
{
    Shop = 1,
    Marketplace = 2,
    Anywhere = Shop | Marketplace,
}

/// <summary>
/// A kind of block a page is composed of (banner carousel, product grid …), contributed by the module that knows its
/// data. Its settings form is generated from <see cref="Fields"/>, which also validate what is saved; its storefront
/// view is <see cref="View"/>, which a theme may restyle by providing a view of that name.
/// </summary>
public sealed record BlockType(string Name, string Title, string Description, BlockPlacement Placement, IReadOnlyList<BlockField> Fields, string? FeatureId = null)
{
    /// <summary><c>banner-carousel</c> → <c>BlockBannerCarousel</c>.</summary>
    public string View => "Block" + string.Concat(Name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
