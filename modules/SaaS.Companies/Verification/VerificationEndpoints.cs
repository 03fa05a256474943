using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Security;

namespace SaaS.Companies.Verification;

/// <summary>The operator's company API: the review queue, verify or reject, and the verification setting.</summary>
public static class VerificationEndpoints
{
    public static void MapVerificationEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var admin = tenantRoutes.MapGroup("/api/admin/companies").RequirePermission(CompanyPermissions.ManageCompanies);
        admin.MapGet("", async (VerificationStatus? status, CompanyVerification verification, CancellationToken ct) =>
            TypedResults.Ok((await verification.ListAsync(status, ct)).Select(CompanySummary.From).ToList()));
        admin.MapGet("/settings", async (CompanyVerification verification, CancellationToken ct) =>
            TypedResults.Ok(new VerificationSetting(await verification.IsRequiredAsync(ct))));
        admin.MapPut("/settings", async (VerificationSetting request, CompanyVerification verification, CancellationToken ct) =>
        {
            await verification.SetRequiredAsync(request.RequireVerification, ct);
            return TypedResults.Ok(request);
        });
        admin.MapPost("/{id:guid}/verify", async (Guid id, ClaimsPrincipal user, CompanyVerification verification, CancellationToken ct) =>
            TypedResults.Ok(CompanySummary.From(await verification.VerifyAsync(id, Reviewer(user), ct))));
        admin.MapPost("/{id:guid}/reject-verification", async (Guid id, RejectVerificationRequest request, ClaimsPrincipal user, CompanyVerification verification, CancellationToken ct) =>
            TypedResults.Ok(CompanySummary.From(await verification.RejectAsync(id, request.Reason, Reviewer(user), ct))));
    }

    public static string Reviewer(ClaimsPrincipal user) => user.Identity?.Name ?? "operator";
}
