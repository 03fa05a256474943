namespace SaaS.Catalog.Pricing;

/// <summary>
/// A merchant's price list for a group of buyer companies (VIP distributors, framework-contract customers):
/// every tier of the merchant's products at <see cref="DiscountPercent"/> off for them.
/// </summary>
public sealed class PriceList
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public required string Name { get; set; }

    public decimal DiscountPercent { get; set; }

    public List<PriceListCompany> Companies { get; init; } = [];
}
