using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>A line of the order in the after-sales form: how many units may still be claimed, the quantity as typed, and why it was refused.</summary>
public sealed record AfterSalesLineRow(OrderLineView Line, int Claimable, string Quantity, string? Error)
{
    /// <summary>The form field of the line's quantity.</summary>
    public static string Field(Guid lineId) => $"quantity.{lineId}";

    /// <summary>The line a posted field is the quantity of, or null for any other field.</summary>
    public static Guid? LineOf(string field) =>
        field.StartsWith("quantity.", StringComparison.Ordinal) && Guid.TryParse(field["quantity.".Length..], out var id) ? id : null;
}
