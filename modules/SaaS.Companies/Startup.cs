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
        services.AddScoped<CompanyMembership>();
        services.AddScoped<CompanyService>();
        services.AddScoped<CompanyBooksService>();
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
        var mine = companies.MapGroup("/mine");
        mine.MapGet("/addresses", async (ClaimsPrincipal user, CompanyBooksService books, CancellationToken ct) => TypedResults.Ok(await books.AddressesAsync(user, ct)));
        mine.MapPost("/addresses", async (AddressRequest request, ClaimsPrincipal user, CompanyBooksService books, CancellationToken ct) =>
        {
            var address = await books.AddAddressAsync(user, request, ct);
            return TypedResults.Created($"/api/companies/mine/addresses/{address.Id}", address);
        });
        mine.MapDelete("/addresses/{id:guid}", async (Guid id, ClaimsPrincipal user, CompanyBooksService books, CancellationToken ct) =>
        {
            await books.DeleteAddressAsync(user, id, ct);
            return TypedResults.NoContent();
        });
        mine.MapGet("/invoice-titles", async (ClaimsPrincipal user, CompanyBooksService books, CancellationToken ct) => TypedResults.Ok(await books.InvoiceTitlesAsync(user, ct)));
        mine.MapPost("/invoice-titles", async (InvoiceTitleRequest request, ClaimsPrincipal user, CompanyBooksService books, CancellationToken ct) =>
        {
            var title = await books.AddInvoiceTitleAsync(user, request, ct);
            return TypedResults.Created($"/api/companies/mine/invoice-titles/{title.Id}", title);
        });
        companies.MapPost("/{id:guid}/members", async (Guid id, InviteMemberRequest request, ClaimsPrincipal user, CompanyService service, CancellationToken ct) =>
            TypedResults.Created($"/api/companies/{id}/members", await service.InviteAsync(user, id, request, ct)));
    }
}
