using SaaS.Payments.Ledger;

namespace SaaS.Payments.Admin;

/// <summary>An account of the trial balance, with the merchant or company its party account belongs to, by name.</summary>
public sealed record AccountRow(AccountBalance Account, string? PartyName);
