namespace SaaS.Catalog.Storefront;

/// <param name="Sort"><c>newest</c> (default), <c>price_asc</c> or <c>price_desc</c>.</param>
public sealed record ListingQuery(Guid? CategoryId, Guid? MerchantId, bool InStock, decimal? MinPrice, decimal? MaxPrice, string? Sort, int Page)
{
    /// <summary>Filterable attribute code → value; only the search index can filter by them.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Asked by a verified buyer company's member: products of verified-buyers-only categories are listed too.</summary>
    public bool VerifiedBuyer { get; init; }
}
