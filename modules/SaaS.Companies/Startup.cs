using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Accounts;
using SaaS.Admin;
using SaaS.Companies.Companies;
using SaaS.Companies.Data;
using SaaS.Companies.Recipes;
using SaaS.Companies.Verification;
using SaaS.Data;
using SaaS.Modules;
using SaaS.Recipes;
using SaaS.Security;
using SaaS.Themes;

namespace SaaS.Companies;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<CompaniesDbContext>(CompaniesDbContext.MigrationsHistoryTable);
        services.AddScoped<CompanyMembership>();
        services.AddScoped<CompanyService>();
        services.AddScoped<CompanyBooksService>();
        services.AddScoped<CompanyVerification>();
        services.AddScoped<ICompanyDirectory, CompanyDirectory>();
        services.AddScoped<CompanyPageRenderer>();
        services.AddRecipeStep<CompanySettingsStep>();
        services.AddPermissions<CompanyPermissions>();
        services.AddModuleViews(typeof(Startup).Assembly);
        foreach (var model in new[]
                 {
                     typeof(CompanyPageModel), typeof(CompanyView), typeof(MemberView), typeof(CompanyAddress), typeof(InvoiceTitle),
                     typeof(CompaniesAdminModel), typeof(CompanyReviewModel), typeof(CompanySummary),
                 })
        {
            services.AddSingleton(new LiquidModel(model));
        }
        services.AddAdminMenuItem(new AdminMenuItem("Companies", "/admin/companies", CompanyPermissions.ManageCompanies, 330, Manifest.CompaniesFeature));
        services.AddAccountLink(new AccountLink("My company", "/company", Manifest.CompaniesFeature, Roles.Buyer));
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        tenantRoutes.MapCompanyEndpoints();
        tenantRoutes.MapCompanyPages();
        tenantRoutes.MapVerificationEndpoints();
        tenantRoutes.MapCompanyAdminPages();
    }
}
