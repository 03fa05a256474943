using Microsoft.AspNetCore.Http;
using SaaS.Decoration.Pages;
using SaaS.Problems;

namespace SaaS.Decoration.Editor;

/// <summary>
/// The block editor's work, shared by the merchant's shop pages and the operator's marketplace pages: builds the
/// editor model and applies a posted action (save, publish, add, remove, move, restore), each saving the draft first.
/// </summary>
public sealed class PageEditor(PageService pages, BlockCatalog catalog, ShopImages images)
{
    public const string View = "PageEditor";

    public async Task<PageEditorModel> ModelAsync(Guid owner, string slug, string basePath, string previewPath, string viewPath,
        IReadOnlyList<BlockInput>? posted, string? title, IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken)
    {
        var draft = await pages.DraftAsync(owner, slug, cancellationToken);
        var placement = PageService.Placement(owner);
        var versions = draft.PublishedVersion is null && draft.Revision == 0 ? [] : await pages.VersionsAsync(owner, slug, cancellationToken);
        errors ??= new Dictionary<string, string[]>();
        var blocks = EditorForm.Blocks(posted ?? EditorForm.Inputs(draft.Blocks), catalog, placement, errors);
        var palette = catalog.For(placement).Select(t => new PaletteItem(t.Name, t.Title, t.Description)).ToList();
        var unplaced = errors.Where(e => !e.Key.StartsWith("blocks[", StringComparison.Ordinal)).SelectMany(e => e.Value);
        var error = errors.Count == 0 ? null : string.Join(" ", unplaced.DefaultIfEmpty("Please correct the marked fields."));
        return new PageEditorModel(slug, title ?? draft.Title, draft.Revision, draft.PublishedVersion, blocks, palette, versions, basePath, previewPath, viewPath, error)
        {
            Images = images.List(owner), ImagesPath = owner == DecoratedPage.Marketplace ? "/admin/pages/images" : "/merchant/shop/images",
        };
    }

    /// <summary>
    /// Applies the posted action. Adding, removing and moving blocks change the form only (an added block is empty
    /// and would not pass yet): the page comes back with <c>Unsaved</c> set. Saving and publishing check every block.
    /// </summary>
    public async Task<EditorOutcome> ApplyAsync(Guid owner, string slug, IFormCollection form, string who, CancellationToken cancellationToken)
    {
        var blocks = EditorForm.Read(form);
        var action = form["action"].ToString();
        var (verb, argument) = action.IndexOf(':') is var colon and > 0 ? (action[..colon], action[(colon + 1)..]) : (action, "");
        var at = int.TryParse(argument, out var index) && index >= 0 && index < blocks.Count ? index : -1;
        switch (verb)
        {
            case "restore":
                var version = int.TryParse(argument, out var v) ? v : 0;
                await pages.RestoreAsync(owner, slug, version, who, cancellationToken);
                return new EditorOutcome($"Version {version} is live again.", null);
            case "add":
                if (catalog.Find(form["blockType"], PageService.Placement(owner)) is not { } type) throw new ValidationFailedException("blockType", "Choose a block type to add.");
                blocks.Add(new BlockInput(type.Name, default));
                return new EditorOutcome("Block added; fill in its settings, then save.", blocks);
            case "remove" when at >= 0:
                blocks.RemoveAt(at);
                return new EditorOutcome("Block removed; save to keep the change.", blocks);
            case "up" when at > 0:
                (blocks[at - 1], blocks[at]) = (blocks[at], blocks[at - 1]);
                return new EditorOutcome("Block moved up; save to keep the change.", blocks);
            case "down" when at >= 0 && at < blocks.Count - 1:
                (blocks[at + 1], blocks[at]) = (blocks[at], blocks[at + 1]);
                return new EditorOutcome("Block moved down; save to keep the change.", blocks);
        }
        var revision = int.TryParse(form["revision"], out var r) ? r : (int?)null;
        await pages.SaveDraftAsync(owner, slug, new PageDraftRequest(form["title"], blocks, revision), cancellationToken);
        if (verb != "publish") return new EditorOutcome("Draft saved.", null);
        await pages.PublishAsync(owner, slug, who, cancellationToken);
        return new EditorOutcome("Published: buyers see this version now.", null);
    }
}

/// <param name="Unsaved">The blocks as changed on the form, when the change is not saved yet.</param>
public sealed record EditorOutcome(string Message, List<BlockInput>? Unsaved);
