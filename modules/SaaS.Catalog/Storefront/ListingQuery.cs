namespace SaaS.Catalog.Storefront;

/// <param name="Sort"><c>newest</c> (default), <c>price_asc</c> or <c>price_desc</c>.</param>
public sealed record ListingQuery(Guid? CategoryId, Guid? MerchantId, bool InStock, decimal? MinPrice, decimal? MaxPrice, string? Sort, int Page);
