using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Merchants.Merchants;

/// <summary>The operator's merchant pages: the list, one merchant's standing, and the marketplace's terms.</summary>
public static class MerchantAdminPages
{
    public static void MapMerchantAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var admin = tenantRoutes.MapGroup("/admin").RequirePermission(AdminAccess.Permission).RequirePermission(MerchantPermissions.ManageMerchants);
        admin.MapGet("/merchants", async (HttpContext http, string? status, string? q, string? message, MerchantAdministration merchants, IAdminRenderer renderer) =>
        {
            var filter = Enum.TryParse<MerchantStatus>(status, out var parsed) ? parsed : (MerchantStatus?)null;
            var list = await merchants.ListAsync(filter, q, http.RequestAborted);
            return await renderer.RenderAsync(http, "Merchants", new MerchantListModel(list, filter?.ToString(), q, message), "Merchants");
        });
        admin.MapGet("/merchants/{id:guid}", (Guid id, HttpContext http, string? message) => DetailAsync(http, id, message, null));
        admin.MapPost("/merchants/{id:guid}/{action:regex(^(suspend|reinstate|deposit)$)}", async (Guid id, string action, HttpContext http, [FromForm] IFormCollection form) =>
        {
            var services = http.RequestServices;
            try
            {
                var merchants = services.GetRequiredService<MerchantAdministration>();
                switch (action)
                {
                    case "suspend": await merchants.SuspendAsync(id, form["reason"], http.RequestAborted); break;
                    case "reinstate": await merchants.ReinstateAsync(id, http.RequestAborted); break;
                    default:
                        await services.GetRequiredService<MerchantDeposits>().RecordAsync(id, new DepositRequest(form["kind"],
                            decimal.TryParse(form["amount"], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null, form["reference"], form["note"]),
                            http.User.Identity?.Name ?? "operator", http.RequestAborted);
                        break;
                }
                return Results.Redirect($"{http.Request.PathBase}/admin/merchants/{id}?message={Uri.EscapeDataString("Saved.")}");
            }
            catch (ProblemException problem) when (problem is not NotFoundException)
            {
                return await DetailAsync(http, id, null, string.Join(" ", problem.Errors.SelectMany(e => e.Value)), problem.Status);
            }
        });

        admin.MapGet("/merchant-terms", async (HttpContext http, string? message, MerchantTerms terms, IAdminRenderer renderer) =>
            await renderer.RenderAsync(http, "MerchantTerms", await TermsFormAsync(terms, message, http.RequestAborted), "Merchant terms"));
        admin.MapPost("/merchant-terms/{part:regex(^(requirements|agreement)$)}", async (string part, HttpContext http, [FromForm] IFormCollection form, MerchantTerms terms, IAdminRenderer renderer) =>
        {
            try
            {
                if (part == "agreement")
                {
                    var version = await terms.PublishAgreementAsync(new AgreementRequest(form["title"], form["body"]), http.User.Identity?.Name ?? "operator", http.RequestAborted);
                    return Results.Redirect($"{http.Request.PathBase}/admin/merchant-terms?message={Uri.EscapeDataString($"Agreement version {version} is current.")}");
                }
                await terms.SetRequirementsAsync(ParseRequirements(form), http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/admin/merchant-terms?message={Uri.EscapeDataString("Requirements saved.")}");
            }
            catch (ValidationFailedException problem)
            {
                var model = await TermsFormAsync(terms, null, http.RequestAborted) with
                {
                    Errors = problem.Errors.ToDictionary(e => e.Key.Split('[', '.')[0], e => string.Join(" ", e.Value)),
                };
                model = part == "agreement"
                    ? model with { AgreementTitle = form["title"], AgreementBody = form["body"] }
                    : model with { Licences = form["licences"].ToString(), DefaultDeposit = form["defaultDeposit"].ToString(), CategoryDeposits = form["categoryDeposits"].ToString() };
                return await renderer.RenderAsync(http, "MerchantTerms", model, "Merchant terms", problem.Status);
            }
        });
    }

    private static async Task<IResult> DetailAsync(HttpContext http, Guid id, string? message, string? error, int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var merchant = await services.GetRequiredService<MerchantAdministration>().GetAsync(id, ct);
        var owner = new MerchantActor(id, merchant.OwnerUserId, true, new HashSet<string>());
        var model = new MerchantDetailModel(merchant,
            await services.GetRequiredService<MerchantDeposits>().StatusAsync(id, ct),
            await services.GetRequiredService<MerchantLicences>().ForMerchantAsync(id, ct),
            await services.GetRequiredService<IMerchantPublishing>().BlockersAsync(id, ct),
            await services.GetRequiredService<MerchantTerms>().AgreementAsync(id, ct),
            await services.GetRequiredService<MerchantStaff>().ListAsync(owner, ct),
            message, error);
        return await services.GetRequiredService<IAdminRenderer>().RenderAsync(http, "Merchant", model, merchant.Name, status);
    }

    private static async Task<TermsFormModel> TermsFormAsync(MerchantTerms terms, string? message, CancellationToken ct)
    {
        var requirements = await terms.RequirementsAsync(ct);
        var agreement = await terms.AgreementAsync(null, ct);
        return new TermsFormModel(
            string.Join("\n", requirements.Licences.Select(l => $"{l.Code} | {l.Name}")),
            requirements.DefaultDeposit.ToString("0.00", CultureInfo.InvariantCulture),
            string.Join("\n", requirements.CategoryDeposits.Select(d => $"{d.Key} = {d.Value.ToString("0.00", CultureInfo.InvariantCulture)}")),
            agreement, agreement?.Title, agreement?.Body, message, new Dictionary<string, string>());
    }

    /// <summary>One licence per line as <c>code | name</c>; one category deposit per line as <c>category = amount</c>.</summary>
    private static MerchantRequirements ParseRequirements(IFormCollection form)
    {
        static IEnumerable<string[]> Lines(string text, char separator) =>
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => line.Split(separator, 2, StringSplitOptions.TrimEntries));
        var licences = Lines(form["licences"].ToString(), '|').Select(parts => new LicenceRequirementView(parts[0], parts.Length > 1 ? parts[1] : "")).ToList();
        var errors = new Dictionary<string, string[]>();
        if (!decimal.TryParse(form["defaultDeposit"], NumberStyles.Number, CultureInfo.InvariantCulture, out var defaultDeposit))
        {
            errors["defaultDeposit"] = ["The deposit is an amount such as 10000 or 10000.00."];
        }
        var categories = new Dictionary<string, decimal>();
        foreach (var parts in Lines(form["categoryDeposits"].ToString(), '='))
        {
            if (parts.Length == 2 && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)) categories[parts[0]] = amount;
            else errors["categoryDeposits"] = [$"'{string.Join("=", parts)}' is not 'category = amount'."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new MerchantRequirements(licences, defaultDeposit, categories);
    }
}
