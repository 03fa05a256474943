using SaaS.Messaging.InSite;
using SaaS.Paging;

namespace SaaS.Messaging.Storefront;

/// <param name="PageError">Why the page asked for could not be shown (the first is).</param>
public sealed record InboxPageModel(InboxView Inbox, AccountPageForm Form, string? PageError = null)
{
    public Pager Pager => Pager.Of(Inbox.Page, InboxService.PageSize, Inbox.Total, page => $"{MessagePages.InboxPath}?page={page}");
}
