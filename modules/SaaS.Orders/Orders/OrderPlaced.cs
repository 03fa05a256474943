namespace SaaS.Orders.Orders;

/// <summary>
/// Published in the checkout's transaction, once per order: payments compute the commission of each line and, on
/// credit terms, judge the company's credit (refusing rolls the checkout back); messaging tells merchant and buyer.
/// </summary>
public sealed record OrderPlaced(
    Guid OrderId, Guid CheckoutId, Guid CompanyId, Guid MerchantId, decimal Total, string State, string PaymentMethod, IReadOnlyList<PlacedLine> Lines, string BuyerUserId);

/// <summary>An order line as payments price its commission: by the product's category and the line's amount.</summary>
public sealed record PlacedLine(Guid LineId, Guid SkuId, Guid CategoryId, int Quantity, decimal LineTotal);
