using System.Globalization;
using SaaS.Orders.Carts;

namespace SaaS.Orders.Storefront;

/// <summary>Builds the cart page from the company's cart, with a refused change shown at its line or at the quick order box.</summary>
public sealed class CartPage(Carts.Carts carts)
{
    public const string View = "Cart";

    public async Task<object> ModelAsync(BuyerPage page)
    {
        var cart = await carts.GetAsync(page.User, page.Aborted);
        var quick = page.RefusalOf("quick");
        // The product page's form has no place here but the top of the page.
        var form = page.RefusalOf("add") is { } add ? page.Form with { Message = add.AllMessages } : page.Form;
        return new CartPageModel(form, Groups(cart, page, _ => null), cart.SavedForLater.Select(l => Row(l, page, null)).ToList(), cart.Total)
        {
            QuickLines = quick?.Value("lines") ?? "",
            QuickErrors = quick is null ? [] : QuickErrors(quick),
            ReorderSkipped = int.TryParse(page.Http.Request.Query["skipped"], out var skipped) ? Math.Max(0, skipped) : 0,
            ReorderedFrom = Guid.TryParse(page.Http.Request.Query["from"], out var from) ? from : null,
        };
    }

    /// <summary>The cart's merchant groups, each line with <paramref name="lineError"/> when it has one, else its own refusal or problem.</summary>
    public static IReadOnlyList<CartGroupRow> Groups(CartView cart, BuyerPage page, Func<Guid, string?> lineError) =>
        cart.Merchants.Select(g => new CartGroupRow(g.MerchantId, g.MerchantName, g.Subtotal, g.Lines.Select(l => Row(l, page, lineError(l.Id))).ToList())).ToList();

    private static CartLineRow Row(CartLineView line, BuyerPage page, string? error)
    {
        var refused = page.RefusalOf(LineForm(line.Id));
        return new CartLineRow(line, refused?.Value("quantity") ?? line.Quantity.ToString(CultureInfo.InvariantCulture), error ?? refused?.AllMessages ?? line.Problem);
    }

    /// <summary>The name of the forms acting on one line (its quantity, remove, save for later).</summary>
    public static string LineForm(Guid lineId) => $"line:{lineId}";

    private static IReadOnlyList<QuickOrderError> QuickErrors(Refusal quick) =>
        quick.Errors.Select(e => new QuickOrderError(Refusal.IndexIn("lines", e.Key) + 1, e.Value)).OrderBy(e => e.Line ?? 0).ToList();
}
