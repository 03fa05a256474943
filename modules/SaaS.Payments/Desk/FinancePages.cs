using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Payments.Settlement;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Payments.Desk;

/// <summary>
/// The merchant center's finance pages (<c>finance.view</c>): the balance, statements and where payouts go, which
/// <c>finance.payout-account</c> may change; one statement with its lines. Another merchant's statement is the
/// storefront's 404; a member without the permission gets the center's 403 page naming it.
/// </summary>
public static class FinancePages
{
    public const string Path = "/merchant/finance";

    public static void MapFinancePages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup(Path).RequireAuthorization();
        pages.MapGet("", (HttpContext http, MerchantFinance finance) => FinanceAsync(http, finance));
        pages.MapPost("/payout-account", async (HttpContext http, [FromForm] IFormCollection form, IMerchantAccess access, MerchantFinance finance) =>
        {
            MerchantActor actor;
            try
            {
                actor = await access.RequireAsync(http.User, MerchantPaymentPermissions.ManagePayoutAccount, http.RequestAborted);
            }
            catch (ForbiddenException)
            {
                // The center's 403 page names the missing permission.
                return await FinanceAsync(http, finance, permission: MerchantPaymentPermissions.ManagePayoutAccount);
            }
            try
            {
                await finance.SavePayoutAccountAsync(actor.MerchantId, PayoutAccountForm.Request(form), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString("Payout account saved.")}");
            }
            catch (ValidationFailedException problem)
            {
                return await FinanceAsync(http, finance, saved => PayoutAccountForm.Refused(form, saved, problem), status: problem.Status);
            }
        });
        pages.MapGet("/statements/{id:guid}", async (Guid id, HttpContext http, IMerchantCenter center, MerchantFinance finance, MarketplaceCalendar calendar) =>
        {
            try
            {
                return await center.RenderAsync(http, "MerchantStatement", "Statement", MerchantPaymentPermissions.ViewFinance, async actor =>
                {
                    var read = await finance.StatementAsync(actor.MerchantId, id, http.RequestAborted);
                    // The same instants, told in the marketplace's zone for the page to print.
                    var statement = read with { CutoffUtc = calendar.Local(read.CutoffUtc), CreatedUtc = calendar.Local(read.CreatedUtc) };
                    return new StatementPageModel(statement, StatementRow.Of(statement.Summary, calendar),
                        statement.Lines.Select(l => new StatementLineRow(l, FinanceLabels.LineKind(l.Kind))).ToList());
                });
            }
            catch (NotFoundException)
            {
                return await http.RequestServices.GetRequiredService<IStorefrontRenderer>().RenderAsync("NotFound", null, "Not found", StatusCodes.Status404NotFound);
            }
        });
    }

    /// <param name="form">The payout account form to show; the saved account's when null.</param>
    /// <param name="permission">The permission the page is rendered under: a change refused for the lack of one shows the 403 naming it.</param>
    private static Task<IResult> FinanceAsync(HttpContext http, MerchantFinance service, Func<PayoutAccountView?, PayoutAccountForm>? form = null,
        MerchantPermission? permission = null, int status = StatusCodes.Status200OK) =>
        http.RequestServices.GetRequiredService<IMerchantCenter>().RenderAsync(http, "MerchantFinance", "Finance", permission ?? MerchantPaymentPermissions.ViewFinance, async actor =>
        {
            var finance = await service.OverviewAsync(actor.MerchantId, http.RequestAborted);
            var editable = actor.Has(MerchantPaymentPermissions.ManagePayoutAccount);
            var calendar = http.RequestServices.GetRequiredService<MarketplaceCalendar>();
            return new FinancePageModel(finance, finance.Statements.Select(s => StatementRow.Of(s, calendar)).ToList(), FinanceLabels.PayoutAccount(finance.PayoutAccount),
                editable ? (form ?? PayoutAccountForm.Of)(finance.PayoutAccount) : null);
        }, status);
}
