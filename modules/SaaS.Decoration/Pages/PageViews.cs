namespace SaaS.Decoration.Pages;

public sealed record PageSummary(string Slug, string Title, int? PublishedVersion, DateTimeOffset? DraftUpdatedUtc, bool Unpublished);

public sealed record PageDraft(string Slug, string Title, int Revision, IReadOnlyList<StoredBlock> Blocks, int? PublishedVersion);

public sealed record PageVersionView(int Version, string Title, DateTimeOffset PublishedUtc, string PublishedBy, int? RestoredFrom, int Blocks, bool Current);
