namespace SaaS.Blocks;

/// <summary>A block as rendered: the view to use and what it sees as <c>block</c>.</summary>
public sealed record ComposedBlock(string View, object Model);

/// <summary>A merchant's shop look: what the shop header shows.</summary>
public sealed record ShopLook(string? LogoUrl, string? BannerUrl, string? BrandColor, IReadOnlyList<ShopNavLink> Navigation);

public sealed record ShopNavLink(string Title, string Path, bool Current);

/// <summary>
/// The published block pages, for the modules that own the routes they appear on (the marketplace home, a shop):
/// null when the page has never been published, so the owner shows its default.
/// </summary>
public interface IComposedPages
{
    /// <param name="merchantId">The shop, or null for the marketplace's own pages.</param>
    Task<IReadOnlyList<ComposedBlock>?> PublishedAsync(Guid? merchantId, string page, CancellationToken cancellationToken);

    Task<ShopLook> ShopLookAsync(Guid merchantId, string currentPage, CancellationToken cancellationToken);
}
