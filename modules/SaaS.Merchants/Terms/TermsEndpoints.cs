using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SaaS.Merchants.Merchants;
using SaaS.Security;

namespace SaaS.Merchants.Terms;

/// <summary>Agreement, deposit and licences: the merchant's side and the operator's side.</summary>
public static class TermsEndpoints
{
    public static void MapTermsEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var merchant = tenantRoutes.MapGroup("/api/merchant");
        merchant.MapGet("/agreement", async (HttpContext http, MerchantTerms terms) =>
            await terms.AgreementAsync(http.GetMerchantActor().MerchantId, http.RequestAborted) is { } agreement
                ? Results.Ok(agreement)
                : Results.NoContent()).RequireMerchantPermission();
        merchant.MapPost("/agreement/accept", async (AcceptRequest request, HttpContext http, MerchantTerms terms) =>
        {
            await terms.AcceptAsync(http.GetMerchantActor(), request.Version, http.User.Identity?.Name ?? "", ClientAddress(http), http.RequestAborted);
            return TypedResults.NoContent();
        }).RequireMerchantPermission(MerchantCenterPermissions.AcceptAgreement);
        merchant.MapGet("/deposit", async (HttpContext http, MerchantDeposits deposits) =>
            TypedResults.Ok(await deposits.StatusAsync(http.GetMerchantActor().MerchantId, http.RequestAborted)))
            .RequireMerchantPermission(MerchantCenterPermissions.ViewDeposit);
        merchant.MapGet("/licences", async (HttpContext http, MerchantLicences licences) =>
            TypedResults.Ok(await licences.ForMerchantAsync(http.GetMerchantActor().MerchantId, http.RequestAborted))).RequireMerchantPermission();
        merchant.MapPut("/licences/{code}", async (string code, LicenceRenewal renewal, HttpContext http, MerchantLicences licences) =>
            TypedResults.Ok(await licences.RenewAsync(http.GetMerchantActor(), code, renewal, http.RequestAborted)))
            .RequireMerchantPermission(MerchantCenterPermissions.ManageLicences);
        merchant.MapGet("/publishing", async (HttpContext http, IMerchantPublishing publishing) =>
        {
            var blockers = await publishing.BlockersAsync(http.GetMerchantActor().MerchantId, http.RequestAborted);
            return TypedResults.Ok(new { canPublish = blockers.Count == 0, blockers });
        }).RequireMerchantPermission();

        var admin = tenantRoutes.MapGroup("/api/admin").RequirePermission(MerchantPermissions.ManageMerchants);
        admin.MapGet("/merchant-requirements", async (MerchantTerms terms, CancellationToken ct) => TypedResults.Ok(await terms.RequirementsAsync(ct)));
        admin.MapPut("/merchant-requirements", async (MerchantRequirements requirements, MerchantTerms terms, CancellationToken ct) =>
        {
            await terms.SetRequirementsAsync(requirements, ct);
            return TypedResults.Ok(await terms.RequirementsAsync(ct));
        });
        admin.MapGet("/merchant-agreement", async (MerchantTerms terms, CancellationToken ct) =>
            await terms.AgreementAsync(null, ct) is { } agreement ? Results.Ok(agreement) : Results.NoContent());
        admin.MapPut("/merchant-agreement", async (AgreementRequest request, ClaimsPrincipal user, MerchantTerms terms, CancellationToken ct) =>
            TypedResults.Ok(new { version = await terms.PublishAgreementAsync(request, user.Identity?.Name ?? "operator", ct) }));
        admin.MapGet("/merchants/{id:guid}/deposit", async (Guid id, MerchantDeposits deposits, CancellationToken ct) => TypedResults.Ok(await deposits.StatusAsync(id, ct)));
        admin.MapPost("/merchants/{id:guid}/deposits", async (Guid id, DepositRequest request, ClaimsPrincipal user, MerchantDeposits deposits, CancellationToken ct) =>
            TypedResults.Created($"/api/admin/merchants/{id}/deposit", await deposits.RecordAsync(id, request, user.Identity?.Name ?? "operator", ct)));
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
