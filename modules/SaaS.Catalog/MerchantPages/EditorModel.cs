namespace SaaS.Catalog.MerchantPages;

/// <summary>
/// The product editor as the page shows it: every value as typed, every message next to its field, the
/// category's attributes, the variant values and the SKU rows generated from them.
/// </summary>
public sealed record EditorModel(
    Guid? ProductId,
    string? Status,
    string? RejectionReason,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyList<CategoryOption> Categories,
    IReadOnlyList<string> Units,
    IReadOnlyList<AttributeField> Attributes,
    IReadOnlyList<VariantField> Variants,
    IReadOnlyList<SkuRow> Skus)
{
    public IReadOnlyList<Images.ImageView> Images { get; init; } = [];

    /// <summary>What can be done to a photo after the first: the buttons beside it.</summary>
    public IReadOnlyList<PhotoMove> PhotoMoves { get; } = [new("cover", "Make cover"), new("earlier", "Move earlier")];

    public string? Error => Errors.Count == 0 ? null : string.Join(" ", Errors.Values);

    /// <summary>What a SKU with a blank low-stock alert is alerted at.</summary>
    public int DefaultLowStockAlert => Inventory.CatalogInventory.DefaultLowStockAlert;
}

public sealed record PhotoMove(string Action, string Label);
