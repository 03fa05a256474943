namespace SaaS.Themes;

/// <summary>What templates see as <c>page</c>: the request as far as a storefront template needs it.</summary>
/// <param name="HeaderLinks">Modules' links for the header (the cart), see <see cref="IHeaderLinkSource"/>; in the admin, those of <c>IAdminHeaderLinkSource</c>.</param>
public sealed record PageView(string Title, string BaseUrl, string Path, bool SignedIn, string? UserEmail, IReadOnlyList<HeaderLink> HeaderLinks);
