namespace SaaS.Search.Indexing;

/// <summary>
/// "Something changed, look again": appended in the writer's transaction, applied in id order by every node's
/// catch-up worker, which reads the current state itself. A task carries no data, so applying one twice is harmless.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; init; }

    public IndexingTaskKind Kind { get; init; }

    public Guid? TargetId { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }
}
