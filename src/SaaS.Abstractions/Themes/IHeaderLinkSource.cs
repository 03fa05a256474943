using System.Security.Claims;

namespace SaaS.Themes;

/// <summary>
/// A module's link in the storefront header (the cart with its line count), asked on every storefront page while
/// <see cref="FeatureId"/> is on: themes list whatever modules offer without knowing the modules.
/// </summary>
public interface IHeaderLinkSource
{
    string FeatureId { get; }

    /// <param name="user">The visitor, signed in or not.</param>
    /// <returns>The link, or null when it means nothing to this visitor (a signed-out visitor has no messages).</returns>
    Task<HeaderLink?> LinkAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
