using Lucene.Net.Search;

namespace SaaS.Search.Querying;

/// <summary>A buyer's words as a Lucene query, and the terms to highlight.</summary>
public sealed record TextQuery(Query Query, HighlightTerms Highlight);
