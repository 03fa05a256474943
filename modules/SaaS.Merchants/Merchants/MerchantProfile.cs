namespace SaaS.Merchants.Merchants;

/// <summary>The merchant as its own people see it.</summary>
public sealed record MerchantProfile(Guid Id, string Name, string CreditCode, IReadOnlyList<string> Categories, string Status, bool IsOwner);
