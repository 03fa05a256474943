namespace SaaS.Payments.Credit;

/// <summary>
/// A verified buyer company's credit terms (账期): how much it may owe at once and how many days an invoice runs.
/// What it owes is read from its receivable account in the ledger, never kept here. Every order judged against the
/// limit bumps <see cref="Version"/> in the checkout's transaction, so two checkouts racing for the same headroom
/// cannot both pass: the second fails on the stale version instead of overdrawing.
/// </summary>
public sealed class CreditAccount
{
    public Guid CompanyId { get; init; }

    public decimal Limit { get; set; }

    public int NetDays { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public required string UpdatedBy { get; set; }

    public int Version { get; set; }
}
