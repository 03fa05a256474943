using System.Text.Json;

namespace SaaS.Catalog.Products;

/// <summary>A product with its SKUs and tier prices, as the API answers it.</summary>
public sealed record ProductView(
    Guid Id, Guid MerchantId, string Slug, string Title, string Brand, Guid CategoryId, string Description, string Unit,
    int MinOrderQuantity, int OrderMultiple, int LeadTimeDays, JsonElement Attributes, string Status, string? RejectionReason,
    decimal PriceFrom, int Stock, DateTimeOffset? PublishedUtc, IReadOnlyList<SkuView> Skus)
{
    /// <summary>The signed-in buyer's own prices, when their company is on one of the merchant's price lists.</summary>
    public Pricing.BuyerPrice? BuyerPrice { get; init; }

    public IReadOnlyList<Images.ImageView> Images { get; init; } = [];

    public static ProductView From(Product p) => new(
        p.Id, p.MerchantId, p.Slug, p.Title, p.Brand, p.CategoryId, p.Description, p.Unit, p.MinOrderQuantity, p.OrderMultiple,
        p.LeadTimeDays, JsonDocument.Parse(p.Attributes).RootElement, p.Status.ToString(), p.RejectionReason, p.PriceFrom, p.Stock, p.PublishedUtc,
        p.Skus.OrderBy(s => s.Code, StringComparer.Ordinal).Select(SkuView.From).ToList());
}
