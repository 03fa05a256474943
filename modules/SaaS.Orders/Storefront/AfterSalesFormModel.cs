using SaaS.Orders.AfterSales;

namespace SaaS.Orders.Storefront;

/// <summary>
/// The form asking for a return or a refund: the kinds the order's state allows, its lines with what may still be
/// claimed, and, when it was refused, what was typed, the photos already uploaded and the messages by field.
/// </summary>
public sealed record AfterSalesFormModel(IReadOnlyList<Choice> Kinds, IReadOnlyList<AfterSalesLineRow> Lines)
{
    public string Reason { get; init; } = "";

    public IReadOnlyList<AfterSalesPhotoUploaded> Photos { get; init; } = [];

    /// <summary>Messages by field: kind, reason, items (no line chosen), photos.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>The form was posted and refused: the page shows it open.</summary>
    public bool Refused { get; init; }
}
