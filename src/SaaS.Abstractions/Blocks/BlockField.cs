namespace SaaS.Blocks;

public enum BlockFieldKind
{
    Text,
    MultilineText,
    /// <summary>HTML, sanitised when saved.</summary>
    RichText,
    /// <summary>An absolute https link or a path within the marketplace.</summary>
    Link,
    /// <summary>An image: an https link or a path within the marketplace (an uploaded shop image).</summary>
    Image,
    Number,
    Choice,
    Boolean,
    /// <summary>A colour as <c>#rrggbb</c>.</summary>
    Color,
    /// <summary>A list of entries, each with <see cref="BlockField.ItemFields"/> (the slides of a carousel).</summary>
    Items,
}

/// <summary>One setting of a block type: how it is edited and what a valid value is.</summary>
public sealed record BlockField(string Name, string Label, BlockFieldKind Kind)
{
    public bool Required { get; init; }

    public int MaxLength { get; init; } = 200;

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];

    public IReadOnlyList<BlockField> ItemFields { get; init; } = [];

    public int MaxItems { get; init; } = 8;

    /// <summary>Shown when the field is left empty, and what a new block starts with.</summary>
    public string? Default { get; init; }

    public string? Help { get; init; }
}
