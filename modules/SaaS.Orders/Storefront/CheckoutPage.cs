using SaaS.Companies;
using SaaS.Orders.Carts;
using SaaS.Orders.Checkout;
using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>Builds the checkout page and turns its form into a checkout.</summary>
public sealed class CheckoutPage(Carts.Carts carts, Checkouts checkouts, ICompanyDirectory companies, MarketplaceCalendar calendar, PaymentLinks payments)
{
    public const string View = "Checkout";
    public const string Form = "checkout";

    public async Task<object> ModelAsync(BuyerPage page)
    {
        var cart = await carts.GetAsync(page.User, page.Aborted);
        var refused = page.RefusalOf(Form);
        var lineErrors = LineErrors(cart, refused);
        return new CheckoutPageModel(
            refused is null ? page.Form : page.Form with { Message = refused.Except(CheckoutForm.Fields) },
            await CheckoutForm.ForAsync(companies, page, refused, calendar.Today),
            CartPage.Groups(cart, page, lineErrors.GetValueOrDefault),
            cart.Total);
    }

    /// <summary>
    /// Places the cart's orders as the form asks; returns where the buyer goes next: to pay them, when a payments
    /// module is on and they wait for payment (not for an approver), else to the checkout's orders.
    /// </summary>
    public async Task<string> PlaceAsync(System.Security.Claims.ClaimsPrincipal user, Microsoft.AspNetCore.Http.IFormCollection form, CancellationToken cancellationToken)
    {
        var placed = await checkouts.CheckoutAsync(user, CheckoutForm.Request(form), cancellationToken);
        var pay = placed.Orders.Any(o => o.State == nameof(OrderState.PendingPayment)) ? payments.PayPath(placed.CheckoutId) : null;
        return pay is null ? $"/orders?checkout={placed.CheckoutId}&notice=placed" : $"{pay}?notice=placed";
    }

    /// <summary>
    /// Checkout names a refused line by its place among the cart's lines not saved for later, in id order
    /// (<c>lines[2].quantity</c>); the page shows the message at that line.
    /// </summary>
    private static Dictionary<Guid, string> LineErrors(CartView cart, Refusal? refused)
    {
        if (refused is null) return [];
        var ids = cart.Merchants.SelectMany(g => g.Lines).Select(l => l.Id).OrderBy(id => id.ToString(), StringComparer.Ordinal).ToList();
        return refused.Errors.Select(e => (Index: Refusal.IndexIn("lines", e.Key), e.Value)).Where(e => e.Index < ids.Count)
            .ToDictionary(e => ids[e.Index!.Value], e => e.Value);
    }
}
