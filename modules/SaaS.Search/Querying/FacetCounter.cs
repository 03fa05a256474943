using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SaaS.Search.Index;

namespace SaaS.Search.Querying;

/// <summary>
/// Counts category, merchant and attribute values over every matching document (not just the page shown), from
/// doc values: per segment by ordinal while collecting, then turned into values once per segment.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int> categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> merchants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> attributes = new(StringComparer.Ordinal);
    private SortedDocValues? category;
    private SortedDocValues? merchant;
    private SortedSetDocValues? attribute;
    private int[] categoryCounts = [];
    private int[] merchantCounts = [];
    private int[] attributeCounts = [];

    public IReadOnlyDictionary<string, int> Categories => Finish(categories);

    public IReadOnlyDictionary<string, int> Merchants => Finish(merchants);

    /// <summary>Keys are <c>code␟value</c>.</summary>
    public IReadOnlyDictionary<string, int> Attributes => Finish(attributes);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        category = reader.GetSortedDocValues(IndexFields.FacetCategory);
        merchant = reader.GetSortedDocValues(IndexFields.FacetMerchant);
        attribute = reader.GetSortedSetDocValues(IndexFields.FacetAttribute);
        categoryCounts = category is null ? [] : new int[category.ValueCount];
        merchantCounts = merchant is null ? [] : new int[merchant.ValueCount];
        attributeCounts = attribute is null ? [] : new int[attribute.ValueCount];
    }

    public void Collect(int doc)
    {
        if (category is not null && category.GetOrd(doc) is >= 0 and var c) categoryCounts[c]++;
        if (merchant is not null && merchant.GetOrd(doc) is >= 0 and var m) merchantCounts[m]++;
        if (attribute is null) return;
        attribute.SetDocument(doc);
        long ord;
        while ((ord = attribute.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) attributeCounts[ord]++;
    }

    private IReadOnlyDictionary<string, int> Finish(Dictionary<string, int> totals)
    {
        Flush();
        return totals;
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        if (category is not null) Add(categoryCounts, categories, ord => category.LookupOrd(ord, bytes), bytes);
        if (merchant is not null) Add(merchantCounts, merchants, ord => merchant.LookupOrd(ord, bytes), bytes);
        if (attribute is not null) Add(attributeCounts, attributes, ord => attribute.LookupOrd(ord, bytes), bytes);
        (category, merchant, attribute) = (null, null, null);
    }

    private static void Add(int[] counts, Dictionary<string, int> totals, Action<int> lookup, BytesRef bytes)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            lookup(ord);
            var key = bytes.Utf8ToString();
            totals[key] = totals.GetValueOrDefault(key) + counts[ord];
        }
    }
}
