using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Admin;
using SaaS.Data;
using SaaS.Jobs;
using SaaS.Merchants.Applications;
using SaaS.Merchants.Center;
using SaaS.Blocks;
using SaaS.Merchants.Blocks;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Shops;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;
using SaaS.Modules;
using SaaS.Problems;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Merchants;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<MerchantsDbContext>(MerchantsDbContext.MigrationsHistoryTable);
        services.AddScoped<MerchantApplications>();
        services.AddScoped<MerchantAdministration>();
        services.AddScoped<MerchantProfiles>();
        services.AddScoped<MerchantRoles>();
        services.AddScoped<MerchantStaff>();
        services.AddScoped<MerchantTerms>();
        services.AddScoped<MerchantDeposits>();
        services.AddScoped<IMerchantDepositLedger>(provider => provider.GetRequiredService<MerchantDeposits>());
        services.AddScoped<MerchantLicences>();
        services.AddScoped<IMerchantPublishing, PublishingGate>();
        services.AddScoped<IMerchantAccess, MerchantAccess>();
        services.AddScoped<IMerchantDirectory, MerchantDirectory>();
        services.AddScoped<IMerchantCenter, MerchantCenter>();
        services.AddScoped<SaaS.Seo.ISitemapSource, ShopSitemap>();
        services.AddMerchantCenterSection(new MerchantCenterSection("Overview", "/merchant", null, 0));
        services.AddMerchantCenterSection(new MerchantCenterSection("Staff", "/merchant/staff", MerchantCenterPermissions.ManageStaff, 800));
        services.AddMerchantCenterSection(new MerchantCenterSection("Roles", "/merchant/roles", MerchantCenterPermissions.ManageStaff, 810));
        services.AddMerchantCenterSection(new MerchantCenterSection("Agreement", "/merchant/agreement", null, 900));
        services.AddMerchantCenterSection(new MerchantCenterSection("Deposit", "/merchant/deposit", MerchantCenterPermissions.ViewDeposit, 910));
        services.AddSingleton<MerchantPermissionCatalog>();
        services.AddMerchantPermissions<MerchantCenterPermissions>();
        services.AddTenantJob<LicenceExpiryJob>();
        services.AddBlockType(MerchantBlocks.Certifications);
        services.AddBlockType(MerchantBlocks.MerchantList);
        services.AddBlockData<CertificationsData>();
        services.AddBlockData<MerchantListData>();
        services.AddRecipeStep<Recipes.MerchantsStep>();
        services.AddRecipeStep<Recipes.MerchantRequirementsStep>();
        services.AddPermissions<MerchantPermissions>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in LiquidModels) services.AddSingleton(new LiquidModel(model));
        services.AddAccountLink(new AccountLink("Merchant center", "/merchant", Manifest.MerchantsFeature, Roles.Merchant, Roles.MerchantStaff));
        services.AddAccountLink(new AccountLink("Sell with us", "/merchants/apply", Manifest.MerchantsFeature, Roles.Buyer));
        services.AddAdminMenuItem(new AdminMenuItem("Merchant applications", "/admin/merchant-applications", MerchantPermissions.ReviewApplications, 300, Manifest.MerchantsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Merchants", "/admin/merchants", MerchantPermissions.ManageMerchants, 310, Manifest.MerchantsFeature));
        services.AddAdminMenuItem(new AdminMenuItem("Merchant terms", "/admin/merchant-terms", MerchantPermissions.ManageMerchants, 320, Manifest.MerchantsFeature));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapApplicationPages();
        tenantRoutes.MapShopPages();
        tenantRoutes.MapMerchantAdminPages();
        tenantRoutes.MapMerchantCenterPages();
        tenantRoutes.MapMerchantEndpoints();
        tenantRoutes.MapStaffEndpoints();
        tenantRoutes.MapTermsEndpoints();
        // Applicants have no account yet, so there is no session for a cross-site request to ride on.
        tenantRoutes.MapPost("/api/merchant-applications", async (HttpRequest request, MerchantApplications applications, CancellationToken ct) =>
        {
            if (!request.HasFormContentType) throw new ValidationFailedException("request", "Send the application as multipart/form-data with the licence file.");
            var form = ApplicationForm.From(await request.ReadFormAsync(ct));
            var (application, resumeToken) = await applications.SaveAsync(form, ct);
            var body = new { id = application.Id, status = application.Status.ToString(), resumeToken };
            return form.DraftId is null ? Results.Created($"/api/merchant-applications/{application.Id}", body) : Results.Ok(body);
        }).DisableAntiforgery();

        var review = tenantRoutes.MapGroup("/api/admin/merchant-applications").RequirePermission(MerchantPermissions.ReviewApplications);
        review.MapGet("", async (ApplicationStatus? status, MerchantApplications applications, CancellationToken ct) =>
            TypedResults.Ok((await applications.ListAsync(status, ct)).Select(ApplicationSummary.From).ToList()));
        review.MapGet("/{id:guid}", async (Guid id, MerchantApplications applications, MerchantLicences licences, CancellationToken ct) =>
            TypedResults.Ok(new { application = ApplicationSummary.From(await applications.GetAsync(id, ct)), licences = await licences.ForApplicationAsync(id, ct) }));
        review.MapGet("/{id:guid}/licence", async (Guid id, MerchantApplications applications, HttpContext http, CancellationToken ct) =>
        {
            var (path, contentType) = await applications.LicenceAsync(id, ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            // Inline, so the reviewer reads it in the browser; nosniff keeps it from being run as anything else.
            return Results.File(path, contentType, enableRangeProcessing: true);
        });
        review.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, MerchantApplications applications, CancellationToken ct) =>
        {
            var merchant = await applications.ApproveAsync(id, http.User.Identity?.Name ?? "operator", ct);
            return TypedResults.Ok(new { id, status = "Approved", merchantId = merchant.Id });
        });
        review.MapPost("/{id:guid}/reject", async (Guid id, ReasonRequest request, HttpContext http, MerchantApplications applications, CancellationToken ct) =>
        {
            await applications.RejectAsync(id, request.Reason, http.User.Identity?.Name ?? "operator", ct);
            return TypedResults.Ok(new { id, status = "Rejected" });
        });
    }

    private static readonly Type[] LiquidModels =
    [
        typeof(ApplyFormModel), typeof(ReviewQueueModel), typeof(ReviewModel), typeof(ApplicationSummary), typeof(LicenceFieldModel),
        typeof(CenterModel), typeof(CenterFrame), typeof(CenterNavItem), typeof(CenterDeniedModel), typeof(MerchantProfile), typeof(PublishingBlocker),
        typeof(MerchantLicence), typeof(StaffView), typeof(RoleView), typeof(MerchantPermission), typeof(AgreementView),
        typeof(DepositStatus), typeof(DepositEntry), typeof(Merchant), typeof(MerchantListModel), typeof(MerchantDetailModel),
        typeof(TermsFormModel), typeof(LicenceRequirementView), typeof(ShopModel), typeof(DirectoryModel), typeof(CertificationView),
    ];
}
