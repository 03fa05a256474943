namespace SaaS.Decoration.Pages;

/// <summary>
/// A page composed of blocks: one of a merchant's shop pages (<see cref="MerchantId"/>) or one of the marketplace's
/// own (home, about, terms …). The draft is edited freely; buyers see the published version.
/// </summary>
public sealed class DecoratedPage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The shop, or <see cref="Marketplace"/> for the marketplace's own pages (not null: a unique index treats nulls as all different).</summary>
    public Guid MerchantId { get; init; }

    public static readonly Guid Marketplace = Guid.Empty;

    /// <summary><c>home</c>, <c>about</c> or a custom page's slug.</summary>
    public required string Slug { get; init; }

    public required string Title { get; set; }

    /// <summary>The draft's blocks as JSON: <c>[{type, settings}]</c>, already validated.</summary>
    public string DraftBlocks { get; set; } = "[]";

    public DateTimeOffset DraftUpdatedUtc { get; set; }

    /// <summary>The version buyers see; null until the first publish.</summary>
    public int? PublishedVersion { get; set; }

    /// <summary>Bumped on every change, so two editors saving at once cannot silently overwrite each other.</summary>
    public int Revision { get; set; }
}
