using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Admin;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Companies.Verification;

/// <summary>The operator's company pages in the admin: the list by verification status, one company to verify or reject.</summary>
public static class CompanyAdminPages
{
    public static void MapCompanyAdminPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var pages = tenantRoutes.MapGroup("/admin/companies")
            .RequirePermission(AdminAccess.Permission).RequirePermission(CompanyPermissions.ManageCompanies);
        pages.MapGet("", async (HttpContext http, string? status, string? message, CompanyVerification verification, IAdminRenderer admin) =>
        {
            var filter = Enum.TryParse<VerificationStatus>(status, out var parsed) ? parsed : (VerificationStatus?)null;
            var rows = (await verification.ListAsync(filter, http.RequestAborted)).Select(CompanySummary.From).ToList();
            var model = new CompaniesAdminModel(rows, filter?.ToString(), await verification.IsRequiredAsync(http.RequestAborted), message);
            return await admin.RenderAsync(http, "CompanyList", model, "Companies");
        });
        pages.MapPost("/settings", async (HttpContext http, [FromForm] IFormCollection form, CompanyVerification verification) =>
        {
            await verification.SetRequiredAsync(form["requireVerification"] == "true", http.RequestAborted);
            return BackToList(http, "Company settings saved.");
        });
        pages.MapGet("/{id:guid}", async (Guid id, HttpContext http, CompanyVerification verification, IAdminRenderer admin) =>
            await ReviewAsync(http, id, verification, admin, null, null, StatusCodes.Status200OK));
        pages.MapPost("/{id:guid}/{decision:regex(^(verify|reject)$)}", async (Guid id, string decision, HttpContext http, [FromForm] IFormCollection form,
            CompanyVerification verification, IAdminRenderer admin) =>
        {
            var reviewer = VerificationEndpoints.Reviewer(http.User);
            try
            {
                var company = decision == "verify"
                    ? await verification.VerifyAsync(id, reviewer, http.RequestAborted)
                    : await verification.RejectAsync(id, form["reason"], reviewer, http.RequestAborted);
                return BackToList(http, $"{company.Name}: {company.VerificationStatus}.");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                var reason = problem.Errors.TryGetValue("reason", out var messages) ? string.Join(" ", messages) : null;
                var error = reason is null ? string.Join(" ", problem.Errors.SelectMany(e => e.Value)) : null;
                return await ReviewAsync(http, id, verification, admin, error, reason, problem.Status);
            }
        });
    }

    private static IResult BackToList(HttpContext http, string message) =>
        Results.Redirect($"{http.Request.PathBase}/admin/companies?message={Uri.EscapeDataString(message)}");

    private static async Task<IResult> ReviewAsync(HttpContext http, Guid id, CompanyVerification verification, IAdminRenderer admin,
        string? error, string? reasonError, int status)
    {
        var (company, members) = await verification.DetailsAsync(id, http.RequestAborted);
        return await admin.RenderAsync(http, "CompanyReview", new CompanyReviewModel(CompanySummary.From(company), members, error, reasonError), "Company", status);
    }
}
