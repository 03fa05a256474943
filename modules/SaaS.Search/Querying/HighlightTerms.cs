namespace SaaS.Search.Querying;

/// <summary>What a query looks for, as the highlighter marks it in a title.</summary>
public sealed class HighlightTerms
{
    /// <summary>Chinese words and phrases, marked wherever they occur.</summary>
    public HashSet<string> Literals { get; } = new(StringComparer.Ordinal);

    /// <summary>Latin words as analyzed (lowercased, plurals folded).</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>Latin words that also match with typos, and how many edits they allow.</summary>
    public Dictionary<string, int> Fuzzy { get; } = new(StringComparer.Ordinal);
}
