namespace SaaS.Payments.Ledger;

/// <summary>
/// One side of an entry on one account. Amounts are kept in minor units (fen, cents) as integers: both SQLite and
/// PostgreSQL sum them exactly in SQL, so balances and the trial balance are read in the database.
/// </summary>
public sealed class JournalLine
{
    public long Id { get; init; }

    public Guid EntryId { get; init; }

    public required string Account { get; init; }

    public long Debit { get; init; }

    public long Credit { get; init; }
}
