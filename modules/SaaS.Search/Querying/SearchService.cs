using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Search.Data;
using SaaS.Search.Index;
using SaaS.Search.Indexing;
using SaaS.Tenants;

namespace SaaS.Search.Querying;

/// <summary>
/// Searches the current tenant's index: only what buyers may see is in it, and only this tenant's products, since
/// every tenant has its own index folder. A node that has not opened the index since it started catches it up
/// first (rebuilding it when missing or corrupt); afterwards the catch-up worker keeps it current.
/// </summary>
public sealed class SearchService(
    ITenant tenant,
    TenantIndexes indexes,
    IndexUpdater updater,
    QueryBuilder builder,
    TitleHighlighter highlighter,
    SearchDbContext db,
    CategoryService categories,
    IMerchantDirectory merchants,
    SearchOptions options,
    TimeProvider clock)
{
    public const int SuggestionCount = 8;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var sort = string.IsNullOrWhiteSpace(request.Sort) ? "relevance" : request.Sort;
        if (!SearchRequest.Sorts.Contains(sort)) errors["sort"] = [$"Sort by {string.Join(", ", SearchRequest.Sorts)}."];
        if (request.Page is < 1 or > SearchRequest.MaxPage) errors["page"] = [$"Pages run from 1 to {SearchRequest.MaxPage}; narrow the search to see more."];
        if (request.MinPrice < 0) errors["minPrice"] = ["A price is zero or more."];
        if (request.MinPrice > request.MaxPrice) errors["maxPrice"] = ["The highest price is below the lowest."];
        if (request.Q?.Length > 200) errors["q"] = ["Search with at most 200 characters."];
        var (index, lookups) = await OpenAsync(cancellationToken);

        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            if (lookups.CategoryBySlugOrId(request.Category.Trim()) is { } category) filter.Add(new TermQuery(new Term(IndexFields.CategoryPath, category.Id.ToString())), Occur.MUST);
            else errors["category"] = ["There is no such category."];
        }
        if (request.Merchant is { } merchant) filter.Add(new TermQuery(new Term(IndexFields.Merchant, merchant.ToString())), Occur.MUST);
        if (request.InStock) filter.Add(new TermQuery(new Term(IndexFields.InStock, "1")), Occur.MUST);
        if (request.MinPrice is not null || request.MaxPrice is not null)
        {
            long? min = request.MinPrice is { } low ? ProductDocuments.Cents(low) : null;
            long? max = request.MaxPrice is { } high ? ProductDocuments.Cents(high) : null;
            filter.Add(NumericRangeQuery.NewInt64Range(IndexFields.PriceRange, min, max, true, true), Occur.MUST);
        }
        foreach (var (code, value) in request.Attributes ?? new Dictionary<string, string>())
        {
            if (!lookups.FilterableAttributes.ContainsKey(code)) errors[$"a.{code}"] = [$"'{code}' is not an attribute products can be filtered by."];
            else filter.Add(new TermQuery(new Term(IndexFields.Attribute, code + IndexFields.AttributeSeparator + value.Trim())), Occur.MUST);
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var words = request.Q?.Trim() ?? "";
        var text = words.Length == 0 ? new TextQuery(new MatchAllDocsQuery(), new HighlightTerms()) : builder.Build(words, lookups.Synonyms);
        Query query = text.Query;
        if (filter.Clauses.Count > 0 && words.Length == 0)
        {
            // Browsing without words: the filters alone, rather than every document intersected with them.
            query = new ConstantScoreQuery(filter);
        }
        else if (filter.Clauses.Count > 0)
        {
            query = new BooleanQuery
            {
                { text.Query, Occur.MUST },
                { new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST },
            };
        }
        var newest = new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true);
        var order = sort switch
        {
            "price_asc" => new Sort(new SortField(IndexFields.PriceCents, SortFieldType.INT64), newest),
            "price_desc" => new Sort(new SortField(IndexFields.PriceCents, SortFieldType.INT64, reverse: true), newest),
            "relevance" when words.Length > 0 => new Sort(SortField.FIELD_SCORE, newest),
            _ => new Sort(newest),
        };
        query = ForViewer(query, request.VerifiedBuyer, lookups);

        var (total, found, facets) = index.Search(searcher =>
        {
            var top = TopFieldCollector.Create(order, request.Page * SearchRequest.PageSize, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            var counter = new FacetCounter();
            searcher.Search(query, MultiCollector.Wrap(top, counter));
            var page = top.GetTopDocs((request.Page - 1) * SearchRequest.PageSize, SearchRequest.PageSize).ScoreDocs
                .Select(d => searcher.Doc(d.Doc)).ToList();
            return (top.TotalHits, page, counter);
        });

        var hits = found.Select(d =>
        {
            var merchantId = Guid.Parse(d.Get(IndexFields.Merchant));
            var title = d.Get(IndexFields.Title);
            return new SearchHit(Guid.Parse(d.Get(IndexFields.Id)), d.Get(IndexFields.Slug), title, highlighter.Highlight(title, text.Highlight), d.Get(IndexFields.Brand),
                lookups.Merchants.GetValueOrDefault(merchantId, ""), merchantId, ProductDocuments.FromCents(d.GetField(IndexFields.PriceCents).GetInt64Value() ?? 0),
                d.Get(IndexFields.InStock) == "1");
        }).ToList();
        var pages = Math.Min(SearchRequest.MaxPage, (total + SearchRequest.PageSize - 1) / SearchRequest.PageSize);
        return new SearchResult(total, request.Page, pages, hits, new SearchFacets(
            Ordered(facets.Categories.Select(c => lookups.Categories.TryGetValue(Guid.Parse(c.Key), out var category)
                ? new FacetValue(category.Slug, category.Name, c.Value) : new FacetValue(c.Key, c.Key, c.Value))),
            Ordered(facets.Merchants.Select(m => new FacetValue(m.Key, lookups.Merchants.GetValueOrDefault(Guid.Parse(m.Key), m.Key), m.Value))),
            facets.Attributes
                .Select(a => (Parts: a.Key.Split(IndexFields.AttributeSeparator, 2), Count: a.Value))
                .Where(a => a.Parts.Length == 2 && lookups.FilterableAttributes.ContainsKey(a.Parts[0]))
                .GroupBy(a => a.Parts[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => Ordered(g.Select(a => new FacetValue(a.Parts[1], a.Parts[1], a.Count))))));
    }

    /// <summary>Up to eight titles of products whose title has the last word typed as a prefix, and the words before it whole.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(string? q, bool verifiedBuyer, CancellationToken cancellationToken)
    {
        var words = q?.Trim() ?? "";
        if (words.Length is 0 or > 100) return [];
        var (index, lookups) = await OpenAsync(cancellationToken);
        var split = words.LastIndexOf(' ');
        var last = words[(split + 1)..];
        var query = new BooleanQuery();
        if (split > 0 && builder.Build(words[..split], lookups.Synonyms).Query is BooleanQuery { Clauses.Count: > 0 } before) query.Add(before, Occur.MUST);
        var prefix = new BooleanQuery
        {
            { new PrefixQuery(new Term(IndexFields.TitleZh, last.ToLowerInvariant())), Occur.SHOULD },
            { new PrefixQuery(new Term(IndexFields.TitleEn, last.ToLowerInvariant())), Occur.SHOULD },
        };
        // A Han prefix may sit inside a SmartChinese word (六角 in 外六角螺栓): its characters in a row also match.
        if (last.Any(QueryBuilder.IsHan) && builder.Build(last, []).Query is BooleanQuery { Clauses.Count: > 0 } chars) prefix.Add(chars, Occur.SHOULD);
        query.Add(prefix, Occur.MUST);
        return index.Search(searcher =>
        {
            var top = searcher.Search(ForViewer(query, verifiedBuyer, lookups), null, 50, new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.Published, SortFieldType.INT64, reverse: true)));
            return top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.Title)).Distinct(StringComparer.Ordinal).Take(SuggestionCount).ToList();
        });
    }

    /// <summary>
    /// Leaves out products of verified-buyers-only categories (and their subcategories, which a product's category
    /// path holds) unless a verified buyer asks. Filtered at query time rather than stored per document, so flagging
    /// a category takes effect as soon as the lookups are read again, without a reindex (decision 011).
    /// </summary>
    private static Query ForViewer(Query query, bool verifiedBuyer, SearchLookups lookups)
    {
        if (verifiedBuyer || lookups.VerifiedBuyersOnly.Count == 0) return query;
        var visible = new BooleanQuery { { query, Occur.MUST } };
        foreach (var category in lookups.VerifiedBuyersOnly) visible.Add(new TermQuery(new Term(IndexFields.CategoryPath, category.ToString())), Occur.MUST_NOT);
        return visible;
    }

    public async Task<SearchLookups> LookupsAsync(CancellationToken cancellationToken) => (await OpenAsync(cancellationToken)).Lookups;

    private async Task<(TenantIndex Index, SearchLookups Lookups)> OpenAsync(CancellationToken cancellationToken)
    {
        var index = indexes.Get(tenant);
        if (!index.CaughtUp) await updater.CatchUpAsync(cancellationToken);
        var lookups = index.Lookups;
        if (lookups is null || clock.GetElapsedTime(lookups.LoadedTicks) > options.LookupsLifetime)
        {
            var snapshot = await categories.SnapshotAsync(cancellationToken);
            var active = await merchants.ActiveAsync(cancellationToken);
            var cards = await merchants.FindAsync(active.ToList(), cancellationToken);
            var synonyms = await db.Synonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Terms).ToListAsync(cancellationToken);
            var filterable = new Dictionary<string, AttributeDefinition>(StringComparer.Ordinal);
            foreach (var definition in snapshot.All.SelectMany(c => snapshot.AttributesFor(c.Id)).Where(d => d.Filterable)) filterable.TryAdd(definition.Code, definition);
            lookups = index.Lookups = new SearchLookups(
                snapshot.All.ToDictionary(c => c.Id),
                filterable,
                cards.ToDictionary(c => c.Key, c => c.Value.Name),
                synonyms.Select(s => (IReadOnlyList<string>)s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
                clock.GetTimestamp());
        }
        return (index, lookups);
    }

    private static IReadOnlyList<FacetValue> Ordered(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ToList();
}
