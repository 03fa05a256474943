namespace SaaS.Payments.Ledger;

/// <summary>Amounts in the API are decimals with two places; the ledger keeps them as integer minor units.</summary>
public static class Money
{
    public static long ToMinor(decimal amount) =>
        decimal.Round(amount, 2) == amount ? (long)(amount * 100) : throw new ArgumentException($"{amount} has more than two decimals.", nameof(amount));

    public static decimal FromMinor(long minor) => minor / 100m;

    /// <summary>Rounds to the cent, halves away from zero, as order totals are rounded.</summary>
    public static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
