using System.Security.Claims;
using SaaS.Admin;
using SaaS.Messaging.InSite;
using SaaS.Themes;

namespace SaaS.Messaging.Storefront;

/// <summary>The bell: the signed-in user's unread in-site messages, in the storefront header and in the admin's.</summary>
public sealed class InboxHeaderLink(InboxService inbox) : IHeaderLinkSource, IAdminHeaderLinkSource
{
    public string FeatureId => Manifest.MessagingFeature;

    public async Task<HeaderLink?> LinkAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        user.Identity?.IsAuthenticated == true ? new("Messages", MessagePages.InboxPath, await inbox.UnreadAsync(user, cancellationToken)) : null;
}
