namespace SaaS.Merchants.Merchants;

public sealed record MerchantListModel(IReadOnlyList<Merchant> Merchants, string? Status, string? Query, string? Message);
