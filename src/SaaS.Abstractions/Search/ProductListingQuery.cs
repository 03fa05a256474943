namespace SaaS.Search;

/// <param name="Sort"><c>newest</c>, <c>price_asc</c> or <c>price_desc</c>.</param>
/// <param name="Attributes">Filterable attribute code → value.</param>
public sealed record ProductListingQuery(
    string Category, Guid? Merchant, decimal? MinPrice, decimal? MaxPrice, bool InStock, string Sort, int Page, IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>Asked by a verified buyer company's member: products of verified-buyers-only categories are listed too.</summary>
    public bool VerifiedBuyer { get; init; }
}
