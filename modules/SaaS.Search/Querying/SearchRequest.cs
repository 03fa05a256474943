namespace SaaS.Search.Querying;

/// <summary>
/// A search: words, filters (category slug or id with everything below it, merchant id, price range, stock,
/// filterable attributes by code), a sort (relevance, price_asc, price_desc, newest) and a page.
/// </summary>
public sealed record SearchRequest(
    string? Q,
    string? Category = null,
    Guid? Merchant = null,
    decimal? MinPrice = null,
    decimal? MaxPrice = null,
    bool InStock = false,
    string? Sort = null,
    int Page = 1,
    IReadOnlyDictionary<string, string>? Attributes = null)
{
    /// <summary>
    /// Asked by a verified buyer company's member, so products of verified-buyers-only categories are found too. Set
    /// by the endpoint from who is signed in, never from the query string.
    /// </summary>
    public bool VerifiedBuyer { get; init; }

    public const int PageSize = 20;
    public const int MaxPage = 50;
    public static readonly IReadOnlyList<string> Sorts = ["relevance", "price_asc", "price_desc", "newest"];
}
