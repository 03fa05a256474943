using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SaaS.Companies.Companies;

/// <summary>The buyer company API: registration, members, address book and invoice titles of the caller's company.</summary>
public static class CompanyEndpoints
{
    public static void MapCompanyEndpoints(this IEndpointRouteBuilder tenantRoutes)
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

        var mine = companies.MapGroup("/mine");
        mine.MapPut("/members/{userId}/role", async (string userId, ChangeRoleRequest request, ClaimsPrincipal user, CompanyService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ChangeRoleAsync(user, userId, request, ct)));
        mine.MapDelete("/members/{userId}", async (string userId, ClaimsPrincipal user, CompanyService service, CancellationToken ct) =>
        {
            await service.RemoveMemberAsync(user, userId, ct);
            return TypedResults.NoContent();
        });
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
    }
}
