using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Companies.Companies;
using SaaS.Companies.Data;
using SaaS.Data;
using SaaS.Modules;

namespace SaaS.Companies;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<CompaniesDbContext>(CompaniesDbContext.MigrationsHistoryTable);
        services.AddScoped<CompanyService>();
    }

    public void MapEndpoints(IEndpointRouteBuilder tenantRoutes)
    {
        var companies = tenantRoutes.MapGroup("/api/companies").RequireAuthorization();
        companies.MapPost("", async (RegisterCompanyRequest request, ClaimsPrincipal user, CompanyService service, CancellationToken ct) =>
        {
            var company = await service.RegisterAsync(user, request, ct);
            return TypedResults.Created($"/api/companies/{company.Id}", new { id = company.Id, name = company.Name, creditCode = company.CreditCode });
        });
        companies.MapGet("/mine", async (ClaimsPrincipal user, CompanyService service, CancellationToken ct) => TypedResults.Ok(await service.MineAsync(user, ct)));
        companies.MapPost("/{id:guid}/members", async (Guid id, InviteMemberRequest request, ClaimsPrincipal user, CompanyService service, CancellationToken ct) =>
            TypedResults.Created($"/api/companies/{id}/members", await service.InviteAsync(user, id, request, ct)));
    }
}
