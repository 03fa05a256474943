using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using SaaS.Problems;

namespace SaaS.Search.Querying;

/// <summary>
/// A search as a query string, both ways: <c>q, category, merchant, minPrice, maxPrice, inStock, sort, page</c> and
/// one <c>a.{code}=value</c> per attribute filter. The API and the storefront page read it alike, and the page
/// writes its facet, sort and page links with it.
/// </summary>
public static class SearchQueryString
{
    public const string AttributePrefix = "a.";

    public static SearchRequest Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        decimal? Money(string name)
        {
            var raw = query[name].ToString();
            if (raw.Length == 0) return null;
            if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            errors[name] = ["A price is a number, e.g. 12.50."];
            return null;
        }
        Guid? merchant = null;
        if (query["merchant"].ToString() is { Length: > 0 } m)
        {
            if (Guid.TryParse(m, out var id)) merchant = id;
            else errors["merchant"] = ["A merchant is named by its id."];
        }
        var page = 1;
        if (query["page"].ToString() is { Length: > 0 } p && !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page)) errors["page"] = ["A page is a whole number."];
        var inStock = query["inStock"].ToString() is "true" or "1" or "on";
        var attributes = query.Where(k => k.Key.StartsWith(AttributePrefix, StringComparison.Ordinal) && k.Key.Length > AttributePrefix.Length && k.Value.ToString().Length > 0)
            .ToDictionary(k => k.Key[AttributePrefix.Length..], k => k.Value.ToString(), StringComparer.Ordinal);
        var request = new SearchRequest(NullIfEmpty(query["q"]), NullIfEmpty(query["category"]), merchant, Money("minPrice"), Money("maxPrice"), inStock,
            NullIfEmpty(query["sort"]), page, attributes);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return request;
    }

    public static string Format(SearchRequest request, bool withPage = true)
    {
        var parts = new List<(string, string)>();
        if (request.Q is { Length: > 0 } q) parts.Add(("q", q));
        if (request.Category is { Length: > 0 } category) parts.Add(("category", category));
        if (request.Merchant is { } merchant) parts.Add(("merchant", merchant.ToString()));
        if (request.MinPrice is { } min) parts.Add(("minPrice", min.ToString(CultureInfo.InvariantCulture)));
        if (request.MaxPrice is { } max) parts.Add(("maxPrice", max.ToString(CultureInfo.InvariantCulture)));
        if (request.InStock) parts.Add(("inStock", "true"));
        foreach (var (code, value) in (request.Attributes ?? new Dictionary<string, string>()).OrderBy(a => a.Key, StringComparer.Ordinal)) parts.Add((AttributePrefix + code, value));
        if (request.Sort is { Length: > 0 } sort && sort != "relevance") parts.Add(("sort", sort));
        if (withPage && request.Page > 1) parts.Add(("page", request.Page.ToString(CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        foreach (var (key, value) in parts) text.Append(text.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        return text.ToString();
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } text ? text : null;
}
