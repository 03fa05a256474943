namespace SaaS.Payments.Ledger;

/// <summary>Every account's balance on its normal side, with the totals of all debits and all credits: equal when the books balance.</summary>
public sealed record TrialBalance(decimal Debits, decimal Credits, bool Balanced, long Entries, IReadOnlyList<AccountBalance> Accounts);

/// <param name="Balance">On the account's normal side: what a merchant is owed, what the platform holds at Stripe.</param>
public sealed record AccountBalance(string Code, string Name, decimal Debits, decimal Credits, decimal Balance);
