using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SaaS.Search.Querying;

/// <summary>
/// Counts category, merchant and attribute values over every matching document (not just the page shown): by
/// ordinal per segment while collecting (see <see cref="SegmentFacets"/>), then by value once per segment.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private readonly Dictionary<string, int> categories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> merchants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> attributes = new(StringComparer.Ordinal);
    private SegmentFacets? segment;
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
        segment = SegmentFacets.Of(context.AtomicReader);
        categoryCounts = new int[segment.CategoryValues.Length];
        merchantCounts = new int[segment.MerchantValues.Length];
        attributeCounts = new int[segment.AttributeValues.Length];
    }

    public void Collect(int doc)
    {
        var facets = segment!;
        if (facets.CategoryOrds[doc] is >= 0 and var category) categoryCounts[category]++;
        if (facets.MerchantOrds[doc] is >= 0 and var merchant) merchantCounts[merchant]++;
        var ords = facets.AttributeOrds;
        for (int i = facets.AttributeStarts[doc], end = facets.AttributeStarts[doc + 1]; i < end; i++) attributeCounts[ords[i]]++;
    }

    private IReadOnlyDictionary<string, int> Finish(Dictionary<string, int> totals)
    {
        Flush();
        return totals;
    }

    private void Flush()
    {
        if (segment is null) return;
        Add(categoryCounts, segment.CategoryValues, categories);
        Add(merchantCounts, segment.MerchantValues, merchants);
        Add(attributeCounts, segment.AttributeValues, attributes);
        segment = null;
    }

    private static void Add(int[] counts, string[] values, Dictionary<string, int> totals)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) totals[values[ord]] = totals.GetValueOrDefault(values[ord]) + counts[ord];
        }
    }
}
