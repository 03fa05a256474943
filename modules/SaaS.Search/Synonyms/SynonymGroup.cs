namespace SaaS.Search.Synonyms;

/// <summary>Words a buyer may use for the same thing (螺丝, 螺钉, screw); a query for one also looks for the others.</summary>
public sealed class SynonymGroup
{
    public int Id { get; init; }

    /// <summary>The words, separated by <c>|</c>.</summary>
    public required string Terms { get; init; }

    public IReadOnlyList<string> TermList => Terms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
