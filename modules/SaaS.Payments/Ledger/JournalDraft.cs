namespace SaaS.Payments.Ledger;

/// <summary>An entry being written: lines are added in decimals and kept in minor units; zero lines are dropped.</summary>
public sealed class JournalDraft(string kind, string sourceType, Guid sourceId, string memo)
{
    private readonly List<(string Account, long Debit, long Credit)> lines = [];

    public string Kind => kind;

    public string SourceType => sourceType;

    public Guid SourceId => sourceId;

    public string Memo => memo;

    public Guid? ReversesId { get; init; }

    public string IdempotencyKey => $"{kind}:{sourceId}";

    public IReadOnlyList<(string Account, long Debit, long Credit)> Lines => lines;

    public JournalDraft Debit(string account, decimal amount) => Add(account, Money.ToMinor(amount), 0);

    public JournalDraft Credit(string account, decimal amount) => Add(account, 0, Money.ToMinor(amount));

    private JournalDraft Add(string account, long debit, long credit)
    {
        if (debit < 0 || credit < 0) throw new ArgumentException($"A line on {account} cannot be negative; swap its side.");
        if (debit != 0 || credit != 0) lines.Add((account, debit, credit));
        return this;
    }
}
