using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Merchants.Terms;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Merchants.Applications;

/// <summary>The storefront's "sell with us" form and the operator's review queue in the admin.</summary>
public static class ApplicationPages
{
    public static void MapApplicationPages(this IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapGet("/merchants/apply", async (HttpContext http, IStorefrontRenderer renderer, IAntiforgery antiforgery, MerchantTerms terms) =>
            await renderer.RenderAsync("MerchantApply", await NewFormAsync(http, antiforgery, terms, new Dictionary<string, string>(), new Dictionary<string, string>()), "Sell with us"));
        tenantRoutes.MapGet("/merchants/apply/{id:guid}", async (Guid id, string? token, HttpContext http, IStorefrontRenderer renderer, IAntiforgery antiforgery,
            MerchantTerms terms, MerchantApplications applications) =>
        {
            var draft = await applications.FindDraftAsync(id, token, http.RequestAborted);
            var values = new Dictionary<string, string>
            {
                ["legalName"] = draft.LegalName, ["creditCode"] = draft.CreditCode, ["legalRepresentative"] = draft.LegalRepresentative,
                ["contactName"] = draft.ContactName, ["mobile"] = draft.Mobile, ["email"] = draft.Email, ["address"] = draft.Address,
                ["categories"] = draft.Categories,
            };
            foreach (var licence in await applications.DeclaredLicencesAsync(id, http.RequestAborted))
            {
                values[$"licences.{licence.Code}.number"] = licence.Number;
                values[$"licences.{licence.Code}.expiresOn"] = licence.ExpiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }
            var form = await NewFormAsync(http, antiforgery, terms, values, new Dictionary<string, string>()) with
            {
                DraftId = id, DraftToken = token, HasStoredLicence = draft.LicenceFile.Length > 0,
            };
            return await renderer.RenderAsync("MerchantApply", form, "Sell with us");
        });
        tenantRoutes.MapPost("/merchants/apply", async (HttpContext http, [FromForm] IFormCollection form, MerchantApplications applications,
            IStorefrontRenderer renderer, IAntiforgery antiforgery, MerchantTerms terms) =>
        {
            var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var input = ApplicationForm.From(form);
            try
            {
                var (application, resumeToken) = await applications.SaveAsync(input, http.RequestAborted);
                if (application.Status == ApplicationStatus.Submitted)
                {
                    return await renderer.RenderAsync("MerchantApplied", await NewFormAsync(http, antiforgery, terms, values, new Dictionary<string, string>(), application.Id), "Application received");
                }
                var saved = await NewFormAsync(http, antiforgery, terms, values, new Dictionary<string, string>()) with
                {
                    DraftId = application.Id, DraftToken = resumeToken ?? input.DraftToken, HasStoredLicence = application.LicenceFile.Length > 0,
                    Notice = "Draft saved. We e-mailed you a link to continue it.",
                };
                return await renderer.RenderAsync("MerchantApply", saved, "Sell with us");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
                var again = await NewFormAsync(http, antiforgery, terms, values, errors) with { DraftId = input.DraftId, DraftToken = input.DraftToken };
                return await renderer.RenderAsync("MerchantApply", again, "Sell with us", problem.Status);
            }
        });

        var review = tenantRoutes.MapGroup("/admin/merchant-applications")
            .RequirePermission(AdminAccess.Permission).RequirePermission(MerchantPermissions.ReviewApplications);
        review.MapGet("", async (HttpContext http, string? status, string? message, MerchantApplications applications, IAdminRenderer admin) =>
        {
            var filter = Enum.TryParse<ApplicationStatus>(status, out var parsed) ? parsed : (ApplicationStatus?)null;
            var rows = (await applications.ListAsync(filter, http.RequestAborted)).Select(ApplicationSummary.From).ToList();
            return await admin.RenderAsync(http, "MerchantApplications", new ReviewQueueModel(rows, filter?.ToString(), message), "Merchant applications");
        });
        review.MapGet("/{id:guid}", async (Guid id, HttpContext http, string? error, MerchantApplications applications, MerchantLicences licences, IAdminRenderer admin) =>
            await admin.RenderAsync(http, "MerchantApplication", new ReviewModel(ApplicationSummary.From(await applications.GetAsync(id, http.RequestAborted)),
                await licences.ForApplicationAsync(id, http.RequestAborted), error), "Review application"));
        review.MapPost("/{id:guid}/{decision:regex(^(approve|reject)$)}", async (Guid id, string decision, HttpContext http, [FromForm] IFormCollection form,
            MerchantApplications applications, MerchantLicences licences, IAdminRenderer admin) =>
        {
            var reviewer = http.User.Identity?.Name ?? "operator";
            try
            {
                if (decision == "approve") await applications.ApproveAsync(id, reviewer, http.RequestAborted);
                else await applications.RejectAsync(id, form["reason"], reviewer, http.RequestAborted);
                return Results.Redirect($"{http.Request.PathBase}/admin/merchant-applications?message={Uri.EscapeDataString(decision == "approve" ? "Approved; the owner has been invited." : "Rejected.")}");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                var model = new ReviewModel(ApplicationSummary.From(await applications.GetAsync(id, http.RequestAborted)),
                    await licences.ForApplicationAsync(id, http.RequestAborted), string.Join(" ", problem.Errors.SelectMany(e => e.Value)));
                return await admin.RenderAsync(http, "MerchantApplication", model, "Review application", problem.Status);
            }
        });
    }

    private static async Task<ApplyFormModel> NewFormAsync(HttpContext http, IAntiforgery antiforgery, MerchantTerms terms,
        IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Guid? submitted = null)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var licences = (await terms.RequirementsAsync(http.RequestAborted)).Licences
            .Select(l => new LicenceFieldModel(l.Code, l.Name,
                values.GetValueOrDefault($"licences.{l.Code}.number"), values.GetValueOrDefault($"licences.{l.Code}.expiresOn"),
                errors.GetValueOrDefault($"licences.{l.Code}.number"), errors.GetValueOrDefault($"licences.{l.Code}.expiresOn")))
            .ToList();
        return new ApplyFormModel(tokens.FormFieldName, tokens.RequestToken!, values, errors, licences, submitted);
    }
}
