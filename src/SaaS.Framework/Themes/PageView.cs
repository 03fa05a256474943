namespace SaaS.Themes;

/// <summary>What templates see as <c>page</c>: the request as far as a storefront template needs it.</summary>
/// <param name="HeaderLinks">Modules' links for the header (the cart), see <see cref="IHeaderLinkSource"/>; none in the admin.</param>
public sealed record PageView(string Title, string BaseUrl, string Path, bool SignedIn, string? UserEmail, IReadOnlyList<HeaderLink> HeaderLinks);
