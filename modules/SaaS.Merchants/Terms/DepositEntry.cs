namespace SaaS.Merchants.Terms;

/// <summary>A movement of a merchant's security deposit, as the operator recorded it. Entries are never edited.</summary>
public sealed class DepositEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public DepositEntryKind Kind { get; init; }

    public decimal Amount { get; init; }

    public required string Reference { get; init; }

    public string Note { get; init; } = "";

    public required string RecordedBy { get; init; }

    public DateTimeOffset RecordedUtc { get; init; }
}
