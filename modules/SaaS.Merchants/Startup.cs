using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Data;
using SaaS.Themes;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Modules;
using SaaS.Problems;
using SaaS.Recipes;
using SaaS.Security;

namespace SaaS.Merchants;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<MerchantsDbContext>(MerchantsDbContext.MigrationsHistoryTable);
        services.AddScoped<MerchantApplications>();
        services.AddScoped<CurrentMerchant>();
        services.AddRecipeStep<Recipes.MerchantsStep>();
        services.AddPermissions<MerchantPermissions>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in new[] { typeof(ApplyFormModel), typeof(ReviewQueueModel), typeof(ReviewModel), typeof(ApplicationSummary) })
        {
            services.AddSingleton(new LiquidModel(model));
        }
        services.AddAdminMenuItem(new AdminMenuItem("Merchant applications", "/admin/merchant-applications", MerchantPermissions.ReviewApplications, 300, Manifest.MerchantsFeature));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapApplicationPages();
        // Applicants have no account yet, so there is no session for a cross-site request to ride on.
        tenantRoutes.MapPost("/api/merchant-applications", async (HttpRequest request, MerchantApplications applications, CancellationToken ct) =>
        {
            if (!request.HasFormContentType) throw new ValidationFailedException("request", "Send the application as multipart/form-data with the licence file.");
            var application = await applications.SubmitAsync(ApplicationForm.From(await request.ReadFormAsync(ct)), ct);
            return TypedResults.Created($"/api/merchant-applications/{application.Id}", new { id = application.Id, status = application.Status.ToString() });
        }).DisableAntiforgery();
        tenantRoutes.MapGet("/api/merchant/profile", async (ClaimsPrincipal user, CurrentMerchant current, CancellationToken ct) =>
        {
            var (merchant, member) = await current.RequireAsync(user, ct);
            return TypedResults.Ok(new MerchantProfile(merchant.Id, merchant.Name, merchant.CreditCode,
                MerchantListing.From(merchant).Categories, merchant.Status.ToString(), member.IsOwner));
        }).RequireAuthorization();
        tenantRoutes.MapGet("/api/merchants", async (MerchantApplications applications, CancellationToken ct) =>
            TypedResults.Ok((await applications.DirectoryAsync(ct)).Select(MerchantListing.From).ToList()));

        var review = tenantRoutes.MapGroup("/api/admin/merchant-applications").RequirePermission(MerchantPermissions.ReviewApplications);
        review.MapGet("", async (ApplicationStatus? status, MerchantApplications applications, CancellationToken ct) =>
            TypedResults.Ok((await applications.ListAsync(status, ct)).Select(ApplicationSummary.From).ToList()));
        review.MapGet("/{id:guid}", async (Guid id, MerchantApplications applications, CancellationToken ct) =>
            TypedResults.Ok(ApplicationSummary.From(await applications.GetAsync(id, ct))));
        review.MapGet("/{id:guid}/licence", async (Guid id, MerchantApplications applications, HttpContext http, CancellationToken ct) =>
        {
            var (path, contentType) = await applications.LicenceAsync(id, ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Inline, so the reviewer reads it in the browser; nosniff keeps it from being run as anything else.
            return Results.File(path, contentType, enableRangeProcessing: true);
        });
        review.MapPost("/{id:guid}/approve", async (Guid id, ClaimsPrincipal user, MerchantApplications applications, CancellationToken ct) =>
        {
            var merchant = await applications.ApproveAsync(id, user.Identity?.Name ?? "operator", ct);
            return TypedResults.Ok(new { id, status = "Approved", merchantId = merchant.Id });
        });
        review.MapPost("/{id:guid}/reject", async (Guid id, RejectRequest request, ClaimsPrincipal user, MerchantApplications applications, CancellationToken ct) =>
        {
            await applications.RejectAsync(id, request.Reason, user.Identity?.Name ?? "operator", ct);
            return TypedResults.Ok(new { id, status = "Rejected" });
        });
    }
}
