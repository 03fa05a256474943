using SaaS.Security;

namespace SaaS.Messaging;

public sealed class MessagingPermissions : IPermissionProvider
{
    public static readonly Permission ManageMessaging = new("ManageMessaging",
        "Edit notification rules and message templates, set e-mail, SMS and webhook channels, read the delivery log and retry dead letters", "Messaging");

    public IEnumerable<Permission> Permissions => [ManageMessaging];
}
