namespace SaaS.Decoration.Editor;

/// <summary>The block editor as the page shows it: the blocks with their generated settings forms, the palette, the history.</summary>
public sealed record PageEditorModel(
    string Slug,
    string Title,
    int Revision,
    int? PublishedVersion,
    IReadOnlyList<EditorBlock> Blocks,
    IReadOnlyList<PaletteItem> Palette,
    IReadOnlyList<Pages.PageVersionView> Versions,
    string ActionPath,
    string PreviewPath,
    string ViewPath,
    string? Error)
{
    public int Count => Blocks.Count;

    /// <summary>The owner's uploaded images, to paste into image settings.</summary>
    public IReadOnlyList<string> Images { get; init; } = [];

    /// <summary>Where the image upload form posts.</summary>
    public string ImagesPath { get; init; } = "";
}

public sealed record PaletteItem(string Type, string Title, string Description);

public sealed record EditorBlock(int Index, string Type, string Title, IReadOnlyList<EditorField> Fields, bool First, bool Last, string? Error);

/// <summary>
/// One input of a block's settings form; <see cref="Input"/> is its form name (<c>b2.title</c>). A list's entries
/// follow a <c>Group</c> heading as flat inputs numbered by <see cref="Entry"/>, so one loop renders any form.
/// </summary>
public sealed record EditorField(string Input, string Label, string Kind, string Value, IReadOnlyList<string> Options, bool Required, string? Help, string? Error, int MaxLength)
{
    /// <summary>The list entry (1, 2 …) this input belongs to, for a list's inputs.</summary>
    public int? Entry { get; init; }

    /// <summary>An id for the label's <c>for</c>.</summary>
    public string Id => Input.Replace('.', '-');
}

/// <summary>The chrome around the operator's page editor, rendered in the storefront theme so the preview matches it.</summary>
public sealed record OperatorFrame(string AntiforgeryField, string AntiforgeryToken, string? Message);

/// <param name="EditBase">The editor's address before the page's name; <paramref name="ViewBase"/> likewise for the live page.</param>
public sealed record PagesOverviewModel(IReadOnlyList<Pages.PageSummary> Pages, string EditBase, string ViewBase, string HomePath, string CreatePath,
    Pages.AppearanceView? Appearance, IReadOnlyList<Pages.ShopInquiry> Inquiries, string? Error);
