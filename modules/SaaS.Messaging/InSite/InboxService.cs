using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Data;
using SaaS.Paging;
using SaaS.Problems;

namespace SaaS.Messaging.InSite;

/// <summary>The signed-in user's in-site messages. A user only ever reads and marks their own: another's message is 404.</summary>
public sealed class InboxService(MessagingDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>A page of the user's messages, newest first.</summary>
    public async Task<InboxView> ListAsync(ClaimsPrincipal user, bool unreadOnly, int page, CancellationToken cancellationToken)
    {
        var userId = SignedInUser.Id(user);
        var items = db.Inbox.AsNoTracking().Where(i => i.UserId == userId);
        var unread = await items.CountAsync(i => i.ReadUtc == null, cancellationToken);
        var total = unreadOnly ? unread : await items.CountAsync(cancellationToken);
        var rows = await (unreadOnly ? items.Where(i => i.ReadUtc == null) : items).OrderByDescending(i => i.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new InboxView(unread, rows.Select(InboxItemView.Of).ToList(), page, Pager.PagesOf(total, PageSize), total);
    }

    public async Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? 0 : await db.Inbox.CountAsync(i => i.UserId == userId && i.ReadUtc == null, cancellationToken);
    }

    public async Task<InboxItemView> MarkReadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var userId = SignedInUser.Id(user);
        var item = await db.Inbox.SingleOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("message", "There is no such message in your inbox.");
        item.ReadUtc ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return InboxItemView.Of(item);
    }

    public async Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = SignedInUser.Id(user);
        var now = clock.GetUtcNow();
        return await db.Inbox.Where(i => i.UserId == userId && i.ReadUtc == null).ExecuteUpdateAsync(u => u.SetProperty(i => i.ReadUtc, now), cancellationToken);
    }
}

/// <param name="Total">How many messages the list has (all, or the unread ones), over <paramref name="Pages"/> pages.</param>
public sealed record InboxView(int Unread, IReadOnlyList<InboxItemView> Items, int Page, int Pages, int Total);

public sealed record InboxItemView(Guid Id, string Event, string Title, string Body, string? Link, DateTimeOffset CreatedUtc, bool Read)
{
    public static InboxItemView Of(InboxItem item) => new(item.Id, item.Event, item.Title, item.Body, item.Link, item.CreatedUtc, item.ReadUtc is not null);
}
