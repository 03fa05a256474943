using SaaS.Messaging.InSite;
using SaaS.Paging;

namespace SaaS.Messaging.Storefront;

public sealed record InboxPageModel(InboxView Inbox, AccountPageForm Form)
{
    public Pager Pager => Pager.Of(Inbox.Page, InboxService.PageSize, Inbox.Total, page => $"{MessagePages.InboxPath}?page={page}");
}
