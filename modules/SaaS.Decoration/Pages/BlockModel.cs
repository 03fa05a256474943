namespace SaaS.Decoration.Pages;

/// <summary>What a block's view sees as <c>block</c>: its settings, its place on the page, and what its module loaded for it.</summary>
public sealed record BlockModel(string Type, int Index, IReadOnlyDictionary<string, object?> Settings, object? Data)
{
    /// <summary>An id unique on the page, for labels and anchors (<c>block-3</c>).</summary>
    public string Anchor => $"block-{Index}";
}
