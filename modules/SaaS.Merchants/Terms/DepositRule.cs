namespace SaaS.Merchants.Terms;

/// <summary>
/// The security deposit a merchant owes: the marketplace default (empty category) or, for a merchant selling in
/// a category with its own rule, the highest rule that applies.
/// </summary>
public sealed class DepositRule
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Empty for the marketplace-wide default.</summary>
    public required string Category { get; init; }

    public decimal Amount { get; set; }
}
