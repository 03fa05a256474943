using System.Security.Claims;
using SaaS.Themes;

namespace SaaS.Admin;

/// <summary>
/// A module's link in the admin header (the operator's unread messages), asked on every admin page while
/// <see cref="FeatureId"/> is on: the admin layout lists them without knowing the modules.
/// </summary>
public interface IAdminHeaderLinkSource
{
    string FeatureId { get; }

    /// <returns>The link, or null when it means nothing to this user.</returns>
    Task<HeaderLink?> LinkAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
