namespace SaaS.Search.Indexing;

/// <summary>
/// A record that the indexing tasks up to <see cref="PrunedThrough"/> were deleted: an index whose cursor is below it
/// missed tasks it can no longer read, so it rebuilds from the catalog instead.
/// </summary>
public sealed class IndexingPrune
{
    public long Id { get; init; }

    public long PrunedThrough { get; init; }

    public DateTimeOffset PrunedUtc { get; init; }
}
