using SaaS.Messaging.InSite;

namespace SaaS.Messaging.Storefront;

public sealed record InboxPageModel(InboxView Inbox, AccountPageForm Form);
