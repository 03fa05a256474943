using System.Globalization;
using System.Numerics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Companies;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.Credit;
using SaaS.Payments.Storefront;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's credit accounts (<c>ViewLedger</c> to read, <c>ManagePayments</c> to act): what each company owes and
/// may still buy, the form that gives a verified company its limit and net days, repayments recorded from the bank
/// statement, and each company's monthly statement as a page. Refusals come back at their fields.
/// </summary>
public static class CreditPages
{
    public const string Path = PaymentAdminPages.Path + "/credit";
    private const string SetForm = "set";
    private static readonly string[] SetFields = ["companyId", "limit", "netDays"];

    public static void MapCreditPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var books = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ViewLedger);
        books.MapGet("", (HttpContext http, string? message) => PageAsync(http, message, null));
        books.MapGet("/{companyId:guid}/statements/{month}", async (Guid companyId, string month, HttpContext http, CreditStatements statements, CreditAccounts accounts,
            ICompanyDirectory companies, MarketplaceCalendar calendar, IAdminRenderer admin) =>
        {
            var account = await accounts.RequireAsync(companyId, http.RequestAborted);
            var statement = await statements.StatementAsync(companyId, month, http.RequestAborted);
            var name = (await companies.FindAsync([companyId], http.RequestAborted)).GetValueOrDefault(companyId)?.Name ?? companyId.ToString();
            var model = new CreditStatementModel(companyId, name, CreditStatementSheet.Months(account.CreatedUtc, calendar), CreditStatementSheet.Of(statement, calendar));
            return await admin.RenderAsync(http, "CreditStatement", model, "Credit statement");
        });

        var manage = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPost("", (HttpContext http, [FromForm] IFormCollection form, CreditAccounts accounts) => SubmitAsync(http, form, SetForm, async () =>
        {
            var errors = new Dictionary<string, string[]>();
            var companyId = Guid.TryParse(form["companyId"], out var id) ? id : Refuse<Guid>(errors, "companyId", "Choose a verified company from the list.");
            var limit = Number<decimal>(form, "limit", errors, "Write the limit as a number, e.g. 50000.");
            var netDays = Number<int>(form, "netDays", errors, "Write a whole number of days.");
            if (errors.Count > 0) throw new ValidationFailedException(errors);
            await accounts.SetAsync(companyId, new CreditAccountRequest(limit, netDays), PaymentAdminPages.Operator(http), http.RequestAborted);
            return "Credit terms saved.";
        }));
        manage.MapPost("/{companyId:guid}/repayments", (Guid companyId, HttpContext http, [FromForm] IFormCollection form, CreditAccounts accounts) =>
            SubmitAsync(http, form, RepayForm(companyId), async () =>
            {
                var errors = new Dictionary<string, string[]>();
                var amount = Number<decimal>(form, "amount", errors, "Write the amount as on the bank statement, e.g. 1280.50.");
                if (errors.Count > 0) throw new ValidationFailedException(errors);
                await accounts.RepayAsync(companyId, new RepaymentRequest(amount, form["bankReference"], null), PaymentAdminPages.Operator(http), http.RequestAborted);
                return "Repayment recorded.";
            }));
    }

    private static string RepayForm(Guid companyId) => $"repay:{companyId}";

    private static async Task<IResult> SubmitAsync(HttpContext http, IFormCollection form, string formName, Func<Task<string>> action)
    {
        try
        {
            var message = await action();
            return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString(message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException or NotFoundException)
        {
            var refusal = new Refusal(formName, form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString()),
                problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)), problem.Status);
            return await PageAsync(http, null, refusal);
        }
    }

    private static async Task<IResult> PageAsync(HttpContext http, string? message, Refusal? refused)
    {
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var accounts = await services.GetRequiredService<CreditAccounts>().ListAsync(ct);
        var verified = await services.GetRequiredService<ICompanyDirectory>().VerifiedAsync(ct);
        var canManage = (await services.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(http.User, null, new PermissionRequirement(PaymentPermissions.ManagePayments))).Succeeded;
        var setting = refused?.Form == SetForm ? refused : null;
        var values = SetFields.ToDictionary(f => f, f => setting?.Value(f) ?? (f == "netDays" ? "30" : ""));
        var rows = accounts.Select(a => new CreditAccountRow(a,
            RowForm.Of(RepayForm(a.CompanyId), refused, new Dictionary<string, string> { ["amount"] = "", ["bankReference"] = "" }))).ToList();
        var model = new CreditAccountsModel(rows,
            verified.Select(c => new Choice(c.Id.ToString(), c.Name, values["companyId"] == c.Id.ToString())).ToList(), values,
            SetFields.Where(f => setting?.Error(f) is not null).ToDictionary(f => f, f => setting!.Error(f)!), canManage,
            services.GetRequiredService<MarketplaceCalendar>().Today.ToString("yyyy-MM", CultureInfo.InvariantCulture), message, setting?.Except(SetFields));
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "CreditAccounts", model, "Credit accounts", refused?.Status ?? StatusCodes.Status200OK);
    }

    private static T? Number<T>(IFormCollection form, string field, Dictionary<string, string[]> errors, string message) where T : struct, INumber<T>
    {
        var typed = form[field].ToString().Trim();
        if (typed.Length == 0) return null;
        return T.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : Refuse<T?>(errors, field, message);
    }

    private static T Refuse<T>(Dictionary<string, string[]> errors, string field, string message)
    {
        errors[field] = [message];
        return default!;
    }
}
