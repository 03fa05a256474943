namespace SaaS.Payments.Ledger;

/// <summary>
/// One balanced money movement: its debits equal its credits, and it names what caused it. Entries are never
/// changed or deleted (the database refuses it); a mistake is undone by a reversing entry.
/// </summary>
public sealed class JournalEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset PostedUtc { get; init; }

    /// <summary>What moved: <c>payment</c>, <c>order-paid</c>, <c>refund</c>, <c>settlement</c> … (<see cref="EntryKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>What the movement belongs to: <c>order</c>, <c>payment</c>, <c>refund</c>, <c>deposit</c>, <c>statement</c>, <c>payout</c>, <c>invoice</c>.</summary>
    public required string SourceType { get; init; }

    public Guid SourceId { get; init; }

    /// <summary>Kind and source together, unique: the same cause is booked once, however often it is reported.</summary>
    public required string IdempotencyKey { get; init; }

    public required string Memo { get; init; }

    /// <summary>The entry this one reverses, when it is a correction.</summary>
    public Guid? ReversesId { get; init; }

    public List<JournalLine> Lines { get; init; } = [];
}
