namespace SaaS.Merchants.Terms;

/// <summary>A merchant's deposit as both sides read it: what is owed, what is held, and every movement.</summary>
public sealed record DepositStatus(decimal Required, decimal Held, decimal Paid, decimal Refunded, decimal Forfeited, DepositState State, IReadOnlyList<DepositEntry> Entries)
{
    public bool Satisfied => Held >= Required;
}
