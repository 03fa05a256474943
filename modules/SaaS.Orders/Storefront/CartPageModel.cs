namespace SaaS.Orders.Storefront;

/// <summary>The cart page: lines by merchant, the saved-for-later shelf, the quick order box as typed and its errors.</summary>
public sealed record CartPageModel(PageForm Form, IReadOnlyList<CartGroupRow> Merchants, IReadOnlyList<CartLineRow> SavedForLater, decimal Total)
{
    public string QuickLines { get; init; } = "";

    public IReadOnlyList<QuickOrderError> QuickErrors { get; init; } = [];

    /// <summary>
    /// After a reorder, how many of the order's lines could not go back in as they were ordered, and the order
    /// (from the redirect's query: a count and an id, never words).
    /// </summary>
    public int ReorderSkipped { get; init; }

    public Guid? ReorderedFrom { get; init; }

    public int LineCount => Merchants.Sum(m => m.Lines.Count);

    /// <summary>Checkout would refuse a line that breaks a rule; the page says so at the line and offers no checkout.</summary>
    public bool CanCheckout => LineCount > 0 && Merchants.All(m => m.Lines.All(l => l.Line.Problem is null));
}
