namespace SaaS.Search.Querying;

/// <summary>One product found; <see cref="Highlight"/> is the title as HTML, matches in <c>&lt;em&gt;</c>, the rest encoded.</summary>
public sealed record SearchHit(Guid ProductId, string Slug, string Title, string Highlight, string Brand, string Merchant, Guid MerchantId, decimal Price, bool InStock);
