using SaaS.Problems;

namespace SaaS.Paging;

/// <summary>Where a list is among its pages, and the links to the pages around it (null at either end).</summary>
public sealed record Pager(int Page, int Pages, int Total, string? PreviousHref, string? NextHref)
{
    public static int PagesOf(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <param name="href">The link to a page by its number.</param>
    public static Pager Of(int page, int pageSize, int total, Func<int, string> href)
    {
        var pages = PagesOf(total, pageSize);
        return new Pager(page, pages, total, page > 1 ? href(page - 1) : null, page < pages ? href(page + 1) : null);
    }

    /// <summary>The page a query asks for: the first when it names none, a 400 naming <c>page</c> for anything but a number from 1.</summary>
    public static int Requested(string? page)
    {
        var (number, error) = Read(page);
        return error is null ? number : throw new ValidationFailedException("page", error);
    }

    /// <summary>For a page people read: an unreadable page number shows the first page with <c>Error</c> saying why.</summary>
    public static (int Page, string? Error) Read(string? page) =>
        string.IsNullOrEmpty(page) ? (1, null)
        : int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 ? (number, null)
        : (1, $"'{page}' is not a page: pages are numbered from 1.");
}
