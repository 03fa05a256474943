using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Blocks;
using SaaS.Data;
using SaaS.Decoration.Data;
using SaaS.Problems;

namespace SaaS.Decoration.Pages;

/// <summary>
/// Drafts, publishing and rollback of block pages, for a shop (owner = merchant id) or the marketplace
/// (<see cref="DecoratedPage.Marketplace"/>). A publish is a new immutable version; a rollback publishes an old
/// version's blocks again as the newest, so history only grows.
/// </summary>
public sealed partial class PageService(DecorationDbContext db, BlockValidator validator, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Pages every shop and the marketplace have, even before anything is saved.</summary>
    public static readonly IReadOnlyList<(string Slug, string Title)> Standard = [("home", "Home"), ("about", "About")];

    public async Task<IReadOnlyList<PageSummary>> ListAsync(Guid owner, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().Where(p => p.MerchantId == owner).ToListAsync(cancellationToken);
        var standard = Standard.Where(s => pages.All(p => p.Slug != s.Slug)).Select(s => new PageSummary(s.Slug, s.Title, null, null, true));
        return standard.Concat(pages.Select(p => new PageSummary(p.Slug, p.Title, p.PublishedVersion, p.DraftUpdatedUtc, p.PublishedVersion is null)))
            .OrderBy(p => p.Slug == "home" ? 0 : 1).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList();
    }

    public async Task<PageDraft> DraftAsync(Guid owner, string slug, CancellationToken cancellationToken)
    {
        RequireSlug(slug);
        var page = await db.Pages.AsNoTracking().SingleOrDefaultAsync(p => p.MerchantId == owner && p.Slug == slug, cancellationToken);
        return page is null ? new PageDraft(slug, DefaultTitle(slug), 0, [], null) : new PageDraft(page.Slug, page.Title, page.Revision, Blocks(page.DraftBlocks), page.PublishedVersion);
    }

    public async Task<PageDraft> SaveDraftAsync(Guid owner, string slug, PageDraftRequest request, CancellationToken cancellationToken)
    {
        RequireSlug(slug);
        var blocks = validator.Validate(request.Blocks, Placement(owner));
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        if (title is { Length: > 100 }) throw new ValidationFailedException("title", "A page title may be at most 100 characters.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var page = await db.Pages.SingleOrDefaultAsync(p => p.MerchantId == owner && p.Slug == slug, cancellationToken);
        if (page is null)
        {
            page = new DecoratedPage { MerchantId = owner, Slug = slug, Title = title ?? DefaultTitle(slug) };
            db.Pages.Add(page);
        }
        else if (request.Revision is { } revision && revision != page.Revision)
        {
            throw new ConflictException("revision", $"Someone saved this page meanwhile (revision {page.Revision}, you started from {revision}); reload it before saving.");
        }
        page.Title = title ?? page.Title;
        page.DraftBlocks = JsonSerializer.Serialize(blocks, Json);
        page.DraftUpdatedUtc = clock.GetUtcNow();
        page.Revision++;
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PageDraft(page.Slug, page.Title, page.Revision, blocks, page.PublishedVersion);
    }

    public async Task<PageVersionView> PublishAsync(Guid owner, string slug, string publishedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var page = await FindAsync(owner, slug, cancellationToken);
        var version = await NewVersionAsync(page, page.DraftBlocks, publishedBy, restoredFrom: null, cancellationToken);
        await audit.RecordAsync("page.published", $"{Subject(owner)} page {slug}", page.PublishedVersion is { } before ? $"v{before}" : null, $"v{version.Version}", cancellationToken);
        page.PublishedVersion = version.Version;
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(version, page.PublishedVersion);
    }

    public async Task<IReadOnlyList<PageVersionView>> VersionsAsync(Guid owner, string slug, CancellationToken cancellationToken)
    {
        var page = await FindAsync(owner, slug, cancellationToken);
        // Ordered by version in memory: a page has few, and it keeps DateTimeOffset out of SQLite's ORDER BY.
        return (await db.Versions.AsNoTracking().Where(v => v.PageId == page.Id).ToListAsync(cancellationToken))
            .OrderByDescending(v => v.Version).Select(v => View(v, page.PublishedVersion)).ToList();
    }

    /// <summary>Publishes an earlier version's blocks again, as a new version, and makes them the draft too.</summary>
    public async Task<PageVersionView> RestoreAsync(Guid owner, string slug, int version, string publishedBy, CancellationToken cancellationToken)
    {
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var page = await FindAsync(owner, slug, cancellationToken);
        var old = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.PageId == page.Id && v.Version == version, cancellationToken)
            ?? throw new NotFoundException("version", $"Page '{slug}' has no version {version}.");
        var restored = await NewVersionAsync(page, old.Blocks, publishedBy, restoredFrom: version, cancellationToken);
        await audit.RecordAsync("page.restored", $"{Subject(owner)} page {slug}", page.PublishedVersion is { } before ? $"v{before}" : null, $"v{restored.Version} (= v{version})", cancellationToken);
        page.Title = old.Title;
        page.DraftBlocks = old.Blocks;
        page.DraftUpdatedUtc = clock.GetUtcNow();
        page.Revision++;
        page.PublishedVersion = restored.Version;
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return View(restored, page.PublishedVersion);
    }

    /// <summary>The published blocks and title, or null when the page was never published.</summary>
    public async Task<(string Title, IReadOnlyList<StoredBlock> Blocks)?> PublishedAsync(Guid owner, string slug, CancellationToken cancellationToken)
    {
        var published = await (from page in db.Pages.AsNoTracking()
                               join version in db.Versions.AsNoTracking() on page.Id equals version.PageId
                               where page.MerchantId == owner && page.Slug == slug && version.Version == page.PublishedVersion
                               select new { version.Title, version.Blocks }).SingleOrDefaultAsync(cancellationToken);
        return published is null ? null : (published.Title, Blocks(published.Blocks));
    }

    public static IReadOnlyList<StoredBlock> Blocks(string json) =>
        (JsonSerializer.Deserialize<List<JsonElement>>(json, Json) ?? [])
        .Select(b => new StoredBlock(b.GetProperty("type").GetString()!, (Dictionary<string, object?>)Plain(b.GetProperty("settings"))!)).ToList();

    /// <summary>JSON as plain dictionaries, lists, strings, numbers and booleans: what Liquid reads without registration.</summary>
    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static BlockPlacement Placement(Guid owner) => owner == DecoratedPage.Marketplace ? BlockPlacement.Marketplace : BlockPlacement.Shop;

    private async Task<PageVersion> NewVersionAsync(DecoratedPage page, string blocks, string publishedBy, int? restoredFrom, CancellationToken cancellationToken)
    {
        var last = await db.Versions.Where(v => v.PageId == page.Id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        var version = new PageVersion
        {
            PageId = page.Id, Version = last + 1, Blocks = blocks, Title = page.Title, PublishedUtc = clock.GetUtcNow(), PublishedBy = publishedBy, RestoredFrom = restoredFrom,
        };
        db.Versions.Add(version);
        return version;
    }

    private async Task<DecoratedPage> FindAsync(Guid owner, string slug, CancellationToken cancellationToken)
    {
        RequireSlug(slug);
        return await db.Pages.SingleOrDefaultAsync(p => p.MerchantId == owner && p.Slug == slug, cancellationToken)
            ?? throw new NotFoundException("page", $"There is no page '{slug}' yet; save a draft first.");
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two publishes of one page at once both took the same next version number (unique index), or both
            // created the page; the loser retries from a fresh read.
            throw new ConflictException("page", "The page was changed at the same moment; reload it and try again.");
        }
    }

    private static PageVersionView View(PageVersion v, int? current) =>
        new(v.Version, v.Title, v.PublishedUtc, v.PublishedBy, v.RestoredFrom, Blocks(v.Blocks).Count, v.Version == current);

    private static string Subject(Guid owner) => owner == DecoratedPage.Marketplace ? "Marketplace" : $"Shop {owner}";

    private static string DefaultTitle(string slug) => Standard.FirstOrDefault(s => s.Slug == slug).Title ?? char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' ');

    private static void RequireSlug(string slug)
    {
        if (!SlugPattern().IsMatch(slug)) throw new ValidationFailedException("page", "A page name is 1–60 lowercase letters, digits and hyphens, such as 'about' or 'spring-sale'.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$")]
    private static partial Regex SlugPattern();
}
