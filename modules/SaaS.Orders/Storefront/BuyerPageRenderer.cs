using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using SaaS.Companies;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Orders.Storefront;

/// <summary>
/// Shows a buyer order page to a member of a company, and runs its forms: post, redirect, get; a refused post
/// renders its page again with what was typed, the messages where they belong and the problem's status. Someone
/// signed out is sent to sign in and brought back; someone acting for no company is sent to register one.
/// </summary>
public sealed class BuyerPageRenderer(ICompanyDirectory companies, IStorefrontRenderer renderer, IAntiforgery antiforgery)
{
    // Notices travel as keys in the redirect's query, so a link cannot put words of its own on the page.
    private static readonly Dictionary<string, string> Notices = new()
    {
        ["added"] = "The goods are in the cart.",
        ["updated"] = "The quantity has been changed.",
        ["removed"] = "The line has been removed.",
        ["saved"] = "The line is saved for later.",
        ["moved"] = "The line is back in the cart.",
        ["quick-added"] = "The pasted lines are in the cart.",
        ["placed"] = "Your order is placed: one order per merchant.",
        ["cancelled"] = "The order has been cancelled.",
        ["approved"] = "The order has been approved.",
        ["rejected"] = "The order has been rejected.",
        ["received"] = "You confirmed receipt of the goods.",
        ["completed"] = "The order is completed.",
        ["after-sales-requested"] = "Your request has been sent to the merchant.",
        ["sent-back"] = "The merchant now has the tracking number of the goods you sent back.",
        ["withdrawn"] = "The request has been withdrawn.",
        ["reordered"] = "The order's goods are back in the cart at today's prices.",
        ["reorder-none"] = "None of the order's lines can be bought again as they were ordered.",
    };

    public async Task<IResult> ShowAsync(HttpContext http, string view, string title, Func<BuyerPage, Task<object>> model)
    {
        var (buyer, away) = await BuyerAsync(http, $"{http.Request.Path}{http.Request.QueryString}");
        if (buyer is null) return away!;
        return await RenderAsync(http, buyer, view, title, model, Notices.GetValueOrDefault(http.Request.Query["notice"].ToString()), null);
    }

    /// <param name="formName">Which form of the page this is, so the page puts the refusal next to it.</param>
    /// <param name="page">The page the form is on, where signing in leads back to.</param>
    /// <param name="action">Does what the form asks and says where to go next (a path with its notice).</param>
    public async Task<IResult> SubmitAsync(HttpContext http, IFormCollection form, string formName, string page, string view, string title,
        Func<BuyerPage, Task<object>> model, Func<Task<string>> action)
    {
        var (buyer, away) = await BuyerAsync(http, page);
        if (buyer is null) return away!;
        try
        {
            return Results.Redirect($"{http.Request.PathBase}{await action()}");
        }
        catch (ProblemException problem)
        {
            var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var refusal = new Refusal(formName, values, problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status);
            return await RenderAsync(http, buyer, view, title, model, null, refusal);
        }
    }

    private async Task<IResult> RenderAsync(HttpContext http, CompanyBuyer buyer, string view, string title, Func<BuyerPage, Task<object>> model, string? notice, Refusal? refusal)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var form = new PageForm(tokens.FormFieldName, tokens.RequestToken!, notice, refusal?.General);
        try
        {
            return await renderer.RenderAsync(view, await model(new BuyerPage(http, buyer, form, refusal)), title, refusal?.Status ?? StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            // Another company's order, or one that never was: the same themed 404 either way.
            return await renderer.RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
        }
    }

    private async Task<(CompanyBuyer? Buyer, IResult? Away)> BuyerAsync(HttpContext http, string returnPath)
    {
        var pathBase = http.Request.PathBase;
        if (http.User.Identity?.IsAuthenticated != true) return (null, Results.Redirect($"{pathBase}/account/login?returnUrl={Uri.EscapeDataString(returnPath)}"));
        var buyer = await companies.BuyerAsync(http.User, http.RequestAborted);
        return buyer is null ? (null, Results.Redirect($"{pathBase}/company")) : (buyer, null);
    }
}
