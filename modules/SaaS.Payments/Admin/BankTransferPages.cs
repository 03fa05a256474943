using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Companies;
using SaaS.Orders.Storefront;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Payments;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Payments.Admin;

/// <summary>
/// The operator's bank-transfer desk (<c>ViewLedger</c> to read, <c>ManagePayments</c> to act): confirm what the bank
/// statement shows for a remittance, reject a slip with the reason the payer reads, send a surplus back and record
/// bank refunds sent. Each form posts on the same services as the JSON API; refusals come back at their fields.
/// </summary>
public static class BankTransferPages
{
    public const string Path = PaymentAdminPages.Path + "/transfers";

    public static void MapBankTransferPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ViewLedger)
            .MapGet("", (HttpContext http, string? message) => PageAsync(http, message, null));

        var manage = tenantRoutes.MapGroup(Path).RequirePermission(AdminAccess.Permission).RequirePermission(PaymentPermissions.ManagePayments);
        manage.MapPost("/{id:guid}/confirm", (Guid id, HttpContext http, [FromForm] IFormCollection form, BankTransferDesk desk) =>
            SubmitAsync(http, form, ConfirmForm(id), async () =>
            {
                await desk.ConfirmAsync(id, new ConfirmTransferRequest(Amount(form, "receivedAmount"), form["bankReference"]), PaymentAdminPages.Operator(http), http.RequestAborted);
                return "Transfer confirmed.";
            }));
        manage.MapPost("/{id:guid}/reject", (Guid id, HttpContext http, [FromForm] IFormCollection form, BankTransferDesk desk) =>
            SubmitAsync(http, form, RejectForm(id), async () =>
            {
                await desk.RejectAsync(id, new RejectRemittanceRequest(form["reason"]), PaymentAdminPages.Operator(http), http.RequestAborted);
                return "Slip rejected; the payer reads why.";
            }));
        manage.MapPost("/{id:guid}/refund-excess", (Guid id, HttpContext http, [FromForm] IFormCollection form, BankTransferDesk desk) =>
            SubmitAsync(http, form, ExcessForm(id), async () =>
            {
                await desk.ReturnExcessAsync(id, new ReturnExcessRequest(Amount(form, "amount"), form["bankReference"]), PaymentAdminPages.Operator(http), http.RequestAborted);
                return "Surplus sent back.";
            }));
        manage.MapPost("/refunds/{id:guid}/sent", (Guid id, HttpContext http, [FromForm] IFormCollection form, BankRefunds refunds) =>
            SubmitAsync(http, form, RefundForm(id), async () =>
            {
                await refunds.SentAsync(id, new RefundSentRequest(form["reference"]), PaymentAdminPages.Operator(http), http.RequestAborted);
                return "Bank refund recorded.";
            }));
    }

    private static string ConfirmForm(Guid id) => $"confirm:{id}";

    private static string RejectForm(Guid id) => $"reject:{id}";

    private static string ExcessForm(Guid id) => $"excess:{id}";

    private static string RefundForm(Guid id) => $"refund:{id}";

    /// <summary>An amount as typed; what does not read as one is refused at its field, as an empty one is by the desk.</summary>
    private static decimal? Amount(IFormCollection form, string field)
    {
        var typed = form[field].ToString().Trim();
        if (typed.Length == 0) return null;
        return decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new ValidationFailedException(field, "Write the amount as on the bank statement, e.g. 1280.50.");
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IFormCollection form, string formName, Func<Task<string>> action)
    {
        try
        {
            var message = await action();
            return Results.Redirect($"{http.Request.PathBase}{Path}?message={Uri.EscapeDataString(message)}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or UnprocessableException)
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
        var payments = services.GetRequiredService<OperatorPayments>();
        var waiting = new List<OperatorPaymentRow>();
        foreach (var state in new[] { nameof(PaymentState.Submitted), nameof(PaymentState.PartlyReceived) })
        {
            var query = payments.Parse(state, BankTransferProvider.MethodName, nameof(PaymentPurpose.Orders), null, PaymentQuery.MaxPageSize.ToString(CultureInfo.InvariantCulture));
            waiting.AddRange((await payments.ListAsync(query, ct)).Items);
        }
        var excess = await payments.WithExcessAsync(ct);
        var refunds = await services.GetRequiredService<BankRefunds>().ListAsync("Pending", BankTransferProvider.MethodName, ct);
        var companies = await services.GetRequiredService<ICompanyDirectory>().FindAsync(refunds.Select(r => r.CompanyId).Distinct().ToList(), ct);
        var canManage = (await services.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(http.User, null, new PermissionRequirement(PaymentPermissions.ManagePayments))).Succeeded;
        TransferRow Row(OperatorPaymentRow p) => new(p,
            RowForm.Of(ConfirmForm(p.Id), refused, Fields(("receivedAmount", Money(p.Remittance?.Amount ?? Math.Max(0, p.Amount - p.Received))), ("bankReference", ""))),
            RowForm.Of(RejectForm(p.Id), refused, Fields(("reason", ""))),
            RowForm.Of(ExcessForm(p.Id), refused, Fields(("amount", Money(p.Excess)), ("bankReference", ""))));
        var model = new TransfersModel(waiting.OrderBy(p => p.Id).Select(Row).ToList(), excess.Select(Row).ToList(),
            refunds.Select(r => new BankRefundRow(r, companies.GetValueOrDefault(r.CompanyId)?.Name, RowForm.Of(RefundForm(r.Id), refused, Fields(("reference", ""))))).ToList(),
            canManage, message, refused is not null && waiting.Concat(excess).All(p => !refused.Form.EndsWith(p.Id.ToString(), StringComparison.Ordinal))
                && refunds.All(r => !refused.Form.EndsWith(r.Id.ToString(), StringComparison.Ordinal)) ? refused.AllMessages : null);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "BankTransfers", model, "Bank transfers", refused?.Status ?? StatusCodes.Status200OK);
    }

    private static Dictionary<string, string> Fields(params (string Field, string Value)[] fields) => fields.ToDictionary(f => f.Field, f => f.Value);

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
