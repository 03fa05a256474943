using SaaS.Search.Index;
using SaaS.Search.Querying;

namespace SaaS.Search.Storefront;

/// <summary>The search page: the words, the hits, facets and sorts as ready-made links, and the pages.</summary>
public sealed record SearchPageModel(
    string Q, int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetGroup> Facets, IReadOnlyList<SortLink> Sorts,
    int Page, int Pages, string PreviousQuery, string NextQuery, string ClearQuery, bool HasFilters, string? Error)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public static SearchPageModel From(SearchRequest request, SearchResult result, SearchLookups lookups)
    {
        var attributes = request.Attributes ?? new Dictionary<string, string>();
        string Toggle(SearchRequest changed) => SearchQueryString.Format(changed with { Page = 1 });
        var groups = new List<FacetGroup>
        {
            new("category", "Category", result.Facets.Category.Select(f =>
            {
                var selected = request.Category is { } c && (c == f.Value || lookups.CategoryBySlugOrId(c)?.Slug == f.Value);
                return new FacetLink(f.Label, f.Count, Toggle(request with { Category = selected ? null : f.Value }), selected);
            }).ToList()),
            new("merchant", "Merchant", result.Facets.Merchant.Select(f =>
            {
                var selected = request.Merchant?.ToString() == f.Value;
                return new FacetLink(f.Label, f.Count, Toggle(request with { Merchant = selected ? null : Guid.Parse(f.Value) }), selected);
            }).ToList()),
        };
        foreach (var (code, values) in result.Facets.Attributes.OrderBy(a => lookups.FilterableAttributes.GetValueOrDefault(a.Key)?.Name ?? a.Key, StringComparer.Ordinal))
        {
            groups.Add(new FacetGroup(code, lookups.FilterableAttributes.GetValueOrDefault(code)?.Name ?? code, values.Select(f =>
            {
                var selected = attributes.GetValueOrDefault(code) == f.Value;
                var changed = new Dictionary<string, string>(attributes, StringComparer.Ordinal);
                if (selected) changed.Remove(code);
                else changed[code] = f.Value;
                return new FacetLink(f.Label, f.Count, Toggle(request with { Attributes = changed }), selected);
            }).ToList()));
        }
        var sort = request.Sort ?? "relevance";
        var sorts = new[] { ("relevance", "Relevance"), ("price_asc", "Price: low to high"), ("price_desc", "Price: high to low"), ("newest", "Newest") }
            .Select(s => new SortLink(s.Item1, s.Item2, Toggle(request with { Sort = s.Item1 }), s.Item1 == sort)).ToList();
        var hasFilters = request.Category is not null || request.Merchant is not null || attributes.Count > 0 || request.InStock || request.MinPrice is not null || request.MaxPrice is not null;
        return new SearchPageModel(request.Q ?? "", result.Total, result.Hits, groups.Where(g => g.Links.Count > 0).ToList(), sorts, result.Page, result.Pages,
            SearchQueryString.Format(request with { Page = result.Page - 1 }), SearchQueryString.Format(request with { Page = result.Page + 1 }),
            SearchQueryString.Format(new SearchRequest(request.Q, Sort: request.Sort)), hasFilters, null);
    }

    public static SearchPageModel Failed(string q, string error) => new(q, 0, [], [], [], 1, 0, "", "", "", false, error);
}
