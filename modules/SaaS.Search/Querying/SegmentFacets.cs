using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SaaS.Search.Index;

namespace SaaS.Search.Querying;

/// <summary>
/// One index segment's facet values as plain arrays: each document's category and merchant ordinal and its attribute
/// ordinals, and the value of every ordinal. Segments never change once written, so this is built once per segment
/// (on its first search) and reused until the segment is merged away: counting is then array lookups, where reading
/// Lucene.Net's packed doc values for every matching document cost more than the query itself.
/// </summary>
public sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(AtomicReader reader)
    {
        var bytes = new BytesRef();
        var maxDoc = reader.MaxDoc;
        (CategoryOrds, CategoryValues) = Single(reader.GetSortedDocValues(IndexFields.FacetCategory), maxDoc, bytes);
        (MerchantOrds, MerchantValues) = Single(reader.GetSortedDocValues(IndexFields.FacetMerchant), maxDoc, bytes);
        AttributeStarts = new int[maxDoc + 1];
        var attributes = reader.GetSortedSetDocValues(IndexFields.FacetAttribute);
        var ords = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            AttributeStarts[doc] = ords.Count;
            if (attributes is null) continue;
            attributes.SetDocument(doc);
            long ord;
            while ((ord = attributes.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        AttributeStarts[maxDoc] = ords.Count;
        AttributeOrds = ords.ToArray();
        AttributeValues = new string[attributes?.ValueCount ?? 0];
        for (var ord = 0; ord < AttributeValues.Length; ord++)
        {
            attributes!.LookupOrd(ord, bytes);
            AttributeValues[ord] = bytes.Utf8ToString();
        }
    }

    /// <summary>Per document, the ordinal of its category (-1 when none).</summary>
    public int[] CategoryOrds { get; }

    public string[] CategoryValues { get; }

    public int[] MerchantOrds { get; }

    public string[] MerchantValues { get; }

    /// <summary>Document d's attribute ordinals are <c>AttributeOrds[AttributeStarts[d]..AttributeStarts[d + 1]]</c>.</summary>
    public int[] AttributeStarts { get; }

    public int[] AttributeOrds { get; }

    public string[] AttributeValues { get; }

    public static SegmentFacets Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    private static (int[] Ords, string[] Values) Single(SortedDocValues? values, int maxDoc, BytesRef bytes)
    {
        var ords = new int[maxDoc];
        if (values is null)
        {
            Array.Fill(ords, -1);
            return (ords, []);
        }
        for (var doc = 0; doc < maxDoc; doc++) ords[doc] = values.GetOrd(doc);
        var names = new string[values.ValueCount];
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            names[ord] = bytes.Utf8ToString();
        }
        return (ords, names);
    }
}
