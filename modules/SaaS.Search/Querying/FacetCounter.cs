using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SaaS.Search.Index;

namespace SaaS.Search.Querying;

/// <summary>
/// Counts category, merchant and attribute values over every matching document (not just the page shown), from
/// sorted-set doc values: per segment by ordinal, then by value.
/// </summary>
public sealed class FacetCounter : ICollector
{
    private static readonly string[] Fields = [IndexFields.FacetCategory, IndexFields.FacetMerchant, IndexFields.FacetAttribute];
    private readonly SortedSetDocValues?[] values = new SortedSetDocValues?[Fields.Length];
    private readonly int[][] counts = new int[Fields.Length][];
    private readonly Dictionary<string, int>[] totals = Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

    public IReadOnlyDictionary<string, int> Categories => Finish(0);

    public IReadOnlyDictionary<string, int> Merchants => Finish(1);

    /// <summary>Keys are <c>code␟value</c>.</summary>
    public IReadOnlyDictionary<string, int> Attributes => Finish(2);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var i = 0; i < Fields.Length; i++)
        {
            var docValues = context.AtomicReader.GetSortedSetDocValues(Fields[i]);
            values[i] = docValues;
            counts[i] = docValues is null ? [] : new int[docValues.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            var docValues = values[i];
            if (docValues is null) continue;
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[i][ord]++;
        }
    }

    private IReadOnlyDictionary<string, int> Finish(int field)
    {
        Flush();
        return totals[field];
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        for (var i = 0; i < Fields.Length; i++)
        {
            if (values[i] is not { } docValues) continue;
            var segment = counts[i];
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] == 0) continue;
                docValues.LookupOrd(ord, bytes);
                var key = bytes.Utf8ToString();
                totals[i][key] = totals[i].GetValueOrDefault(key) + segment[ord];
            }
            values[i] = null;
            counts[i] = [];
        }
    }
}
