namespace SaaS.Catalog.Storefront;

public sealed record ListingItem(Guid Id, string Slug, string Title, string Brand, decimal PriceFrom, string Unit, int MinOrderQuantity, bool InStock, string Merchant, Guid MerchantId, Images.ImageView? Image);
