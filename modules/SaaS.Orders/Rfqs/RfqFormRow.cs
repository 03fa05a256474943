namespace SaaS.Orders.Rfqs;

/// <summary>
/// A line of the request form: the SKU code (prefilled from the product page, or typed), what it is, the quantity
/// and target price typed, and the messages at each input.
/// </summary>
public sealed record RfqFormRow(
    int Index, string Code, string Title, string Unit, int MinOrderQuantity, string Quantity, string TargetPrice,
    string? CodeError, string? QuantityError, string? TargetPriceError);
