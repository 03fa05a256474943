namespace SaaS.Decoration.Pages;

/// <summary>One publish of a page: never changed, so any of them can be restored.</summary>
public sealed class PageVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PageId { get; init; }

    public int Version { get; init; }

    public required string Blocks { get; init; }

    public required string Title { get; init; }

    public DateTimeOffset PublishedUtc { get; init; }

    public required string PublishedBy { get; init; }

    /// <summary>The version this one restored, when it was a rollback.</summary>
    public int? RestoredFrom { get; init; }
}
