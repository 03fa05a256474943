namespace SaaS.Orders.Storefront;

/// <summary>
/// The checkout page: where to deliver, how to invoice and pay and the buyer's references (<see cref="CheckoutForm"/>),
/// and the cart it will place, one order per merchant; a refused checkout comes back as typed.
/// </summary>
public sealed record CheckoutPageModel(PageForm Form, CheckoutForm Checkout, IReadOnlyList<CartGroupRow> Merchants, decimal Total)
{
    public bool HasErrors => Checkout.Errors.Count > 0 || Form.Message is not null;

    public bool IsEmpty => Merchants.Count == 0;
}
