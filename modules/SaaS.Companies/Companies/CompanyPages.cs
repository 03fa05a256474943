using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using static SaaS.Companies.Companies.CompanyPageRenderer;

namespace SaaS.Companies.Companies;

/// <summary>
/// The buyer's company pages in the storefront theme: register a company, then its overview, members, address
/// book and invoice titles. Server-rendered forms with antiforgery tokens; the services decide who may do what.
/// </summary>
public static class CompanyPages
{
    public static void MapCompanyPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var company = tenantRoutes.MapGroup("/company");
        company.MapGet("", (HttpContext http, string? notice, CompanyPageRenderer pages) => pages.ShowAsync(http, RegisterView, notice));
        company.MapPost("", (HttpContext http, [FromForm] IFormCollection form, CompanyService companies, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, RegisterView, "/company", "registered",
                () => companies.RegisterAsync(http.User, new RegisterCompanyRequest(Field(form, "name"), Field(form, "creditCode")), http.RequestAborted)));

        company.MapGet("/members", (HttpContext http, string? notice, CompanyPageRenderer pages) => pages.ShowAsync(http, MembersView, notice));
        company.MapPost("/members", (HttpContext http, [FromForm] IFormCollection form, CompanyService companies, CompanyMembership membership, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, MembersView, "/company/members", "invited", async () =>
            {
                var caller = await membership.RequireAsync(http.User, http.RequestAborted);
                await companies.InviteAsync(http.User, caller.CompanyId, new InviteMemberRequest(Field(form, "email"), Field(form, "role")), http.RequestAborted);
            }));
        // The select is named memberRole so that a refusal of the change is not shown next to the invite form's role.
        company.MapPost("/members/{userId}/role", (string userId, HttpContext http, [FromForm] IFormCollection form, CompanyService companies, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, MembersView, "/company/members", "role-changed",
                () => companies.ChangeRoleAsync(http.User, userId, new ChangeRoleRequest(Field(form, "memberRole")), http.RequestAborted)));
        company.MapPost("/members/{userId}/remove", (string userId, HttpContext http, [FromForm] IFormCollection form, CompanyService companies, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, MembersView, "/company/members", "removed",
                () => companies.RemoveMemberAsync(http.User, userId, http.RequestAborted)));

        company.MapGet("/addresses", (HttpContext http, string? notice, CompanyPageRenderer pages) => pages.ShowAsync(http, AddressesView, notice));
        company.MapPost("/addresses", (HttpContext http, [FromForm] IFormCollection form, CompanyBooksService books, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, AddressesView, "/company/addresses", "address-added", () => books.AddAddressAsync(http.User,
                new AddressRequest(Field(form, "label"), Field(form, "recipient"), Field(form, "phone"), Field(form, "region"), Field(form, "street"),
                    form["isDefault"] == "true"), http.RequestAborted)));
        company.MapPost("/addresses/{id:guid}/delete", (Guid id, HttpContext http, [FromForm] IFormCollection form, CompanyBooksService books, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, AddressesView, "/company/addresses", "address-deleted", () => books.DeleteAddressAsync(http.User, id, http.RequestAborted)));

        company.MapGet("/invoice-titles", (HttpContext http, string? notice, CompanyPageRenderer pages) => pages.ShowAsync(http, InvoiceTitlesView, notice));
        company.MapPost("/invoice-titles", (HttpContext http, [FromForm] IFormCollection form, CompanyBooksService books, CompanyPageRenderer pages) =>
            pages.SubmitAsync(http, form, InvoiceTitlesView, "/company/invoice-titles", "invoice-title-added", () => books.AddInvoiceTitleAsync(http.User,
                new InvoiceTitleRequest(Field(form, "title"), Field(form, "taxId"), Field(form, "bank"), Field(form, "bankAccount"), Field(form, "address"), Field(form, "phone")),
                http.RequestAborted)));
    }

    private static string? Field(IFormCollection form, string name) =>
        string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
}
