using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Staff;
using SaaS.Merchants.Terms;
using SaaS.Problems;
using SaaS.Themes;

namespace SaaS.Merchants.Center;

/// <summary>
/// The merchant center (商家中心): the pages a merchant's owner and staff work in, in the marketplace's theme.
/// Each page and form checks the same merchant permission its API does; a member lacking it sees why, with 403.
/// </summary>
public static class MerchantCenterPages
{
    private sealed record Section(string Title, string Path, MerchantPermission? Permission);

    private static readonly Section[] Sections =
    [
        new("Overview", "/merchant", null),
        new("Staff", "/merchant/staff", MerchantCenterPermissions.ManageStaff),
        new("Roles", "/merchant/roles", MerchantCenterPermissions.ManageStaff),
        new("Agreement", "/merchant/agreement", null),
        new("Deposit", "/merchant/deposit", MerchantCenterPermissions.ViewDeposit),
    ];

    public static void MapMerchantCenterPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var center = tenantRoutes.MapGroup("/merchant").RequireAuthorization();
        center.MapGet("", (HttpContext http, string? message) => RenderAsync(http, "overview", "Merchant center", null, OverviewAsync, message));
        center.MapPost("/profile", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.EditProfile, "overview", "Merchant center", OverviewAsync, "/merchant", "Profile saved.",
                (services, actor) => services.GetRequiredService<MerchantProfiles>().UpdateAsync(actor,
                    new ProfileRequest(form["contactName"], form["mobile"], form["email"], form["address"], form["description"]), http.RequestAborted)));
        center.MapPost("/licences/{code}", (string code, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageLicences, "overview", "Merchant center", OverviewAsync, "/merchant", "Licence renewed.",
                (services, actor) => services.GetRequiredService<MerchantLicences>().RenewAsync(actor, code,
                    new LicenceRenewal(form["number"], DateOnly.TryParse(form["expiresOn"], System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null), http.RequestAborted)));

        center.MapGet("/staff", (HttpContext http, string? message) => RenderAsync(http, "staff", "Staff", MerchantCenterPermissions.ManageStaff, StaffAsync, message));
        center.MapPost("/staff", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "staff", "Staff", StaffAsync, "/merchant/staff", $"Invitation sent to {form["email"]}.",
                (services, actor) => services.GetRequiredService<MerchantStaff>().InviteAsync(actor, new InviteStaffRequest(form["email"], RoleId(form)), http.RequestAborted)));
        center.MapPost("/staff/{userId}/{action:regex(^(role|disable|enable|transfer-ownership)$)}", (string userId, string action, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "staff", "Staff", StaffAsync, "/merchant/staff", "Saved.", (services, actor) =>
            {
                var staff = services.GetRequiredService<MerchantStaff>();
                return action switch
                {
                    "role" => staff.SetRoleAsync(actor, userId, RoleId(form), http.RequestAborted),
                    "transfer-ownership" => staff.TransferOwnershipAsync(actor, userId, http.RequestAborted),
                    _ => staff.SetDisabledAsync(actor, userId, action == "disable", http.RequestAborted),
                };
            }));

        center.MapGet("/roles", (HttpContext http, string? message) => RenderAsync(http, "roles", "Roles", MerchantCenterPermissions.ManageStaff, RolesAsync, message));
        center.MapPost("/roles", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "roles", "Roles", RolesAsync, "/merchant/roles", $"Role '{form["name"]}' created.",
                (services, actor) => services.GetRequiredService<MerchantRoles>().CreateAsync(actor, new RoleRequest(form["name"], form["permissions"].OfType<string>().ToList()), http.RequestAborted)));
        center.MapPost("/roles/{id:guid}/{action:regex(^(save|delete)$)}", (Guid id, string action, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "roles", "Roles", RolesAsync, "/merchant/roles", action == "save" ? "Role saved." : "Role deleted.",
                (services, actor) => action == "save"
                    ? services.GetRequiredService<MerchantRoles>().UpdateAsync(actor, id, new RoleRequest(form["name"], form["permissions"].OfType<string>().ToList()), http.RequestAborted)
                    : services.GetRequiredService<MerchantRoles>().DeleteAsync(actor, id, http.RequestAborted)));

        center.MapGet("/agreement", (HttpContext http, string? message) => RenderAsync(http, "agreement", "Agreement", null, AgreementAsync, message));
        center.MapPost("/agreement", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.AcceptAgreement, "agreement", "Agreement", AgreementAsync, "/merchant/agreement", "Agreement accepted.",
                (services, actor) => services.GetRequiredService<MerchantTerms>().AcceptAsync(actor, int.TryParse(form["version"], out var version) ? version : null,
                    http.User.Identity?.Name ?? "", TermsEndpoints.ClientAddress(http), http.RequestAborted)));

        center.MapGet("/deposit", (HttpContext http, string? message) => RenderAsync(http, "deposit", "Deposit", MerchantCenterPermissions.ViewDeposit, DepositAsync, message));
    }

    private static async Task<CenterModel> OverviewAsync(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken ct) => model with
    {
        Blockers = await services.GetRequiredService<IMerchantPublishing>().BlockersAsync(actor.MerchantId, ct),
        Licences = await services.GetRequiredService<MerchantLicences>().ForMerchantAsync(actor.MerchantId, ct),
        CanEditProfile = actor.Has(MerchantCenterPermissions.EditProfile),
        CanRenewLicences = actor.Has(MerchantCenterPermissions.ManageLicences),
    };

    private static async Task<CenterModel> StaffAsync(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken ct) => model with
    {
        Staff = await services.GetRequiredService<MerchantStaff>().ListAsync(actor, ct),
        Roles = await services.GetRequiredService<MerchantRoles>().ListAsync(actor, ct),
    };

    private static async Task<CenterModel> RolesAsync(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken ct) => model with
    {
        Roles = await services.GetRequiredService<MerchantRoles>().ListAsync(actor, ct),
        Permissions = services.GetRequiredService<MerchantPermissionCatalog>().All,
    };

    private static async Task<CenterModel> AgreementAsync(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken ct) => model with
    {
        Agreement = await services.GetRequiredService<MerchantTerms>().AgreementAsync(actor.MerchantId, ct),
        CanAccept = actor.Has(MerchantCenterPermissions.AcceptAgreement),
    };

    private static async Task<CenterModel> DepositAsync(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken ct) => model with
    {
        Deposit = await services.GetRequiredService<MerchantDeposits>().StatusAsync(actor.MerchantId, ct),
    };

    private static Guid? RoleId(IFormCollection form) => Guid.TryParse(form["roleId"], out var id) ? id : null;

    private delegate Task<CenterModel> Fill(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken cancellationToken);

    private static async Task<IResult> RenderAsync(HttpContext http, string page, string title, MerchantPermission? permission, Fill fill, string? message,
        IReadOnlyDictionary<string, string>? errors = null, IReadOnlyDictionary<string, string>? values = null, int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        var renderer = services.GetRequiredService<IStorefrontRenderer>();
        MerchantActor actor;
        try
        {
            actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, permission, http.RequestAborted);
        }
        catch (ForbiddenException denied)
        {
            return await renderer.RenderAsync("MerchantDenied", new CenterDeniedModel(denied.Errors.SelectMany(e => e.Value).First()), "No access", StatusCodes.Status403Forbidden);
        }
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var nav = Sections.Where(s => s.Permission is null || actor.Has(s.Permission))
            .Select(s => new CenterNavItem(s.Title, http.Request.PathBase + s.Path, s.Path == http.Request.Path.Value?.TrimEnd('/') || (s.Path == "/merchant" && page == "overview")))
            .ToList();
        var model = new CenterModel(page, nav, tokens.FormFieldName, tokens.RequestToken!, await services.GetRequiredService<MerchantProfiles>().GetAsync(actor, http.RequestAborted))
        {
            Message = message,
            Errors = errors ?? new Dictionary<string, string>(),
            Values = values ?? new Dictionary<string, string>(),
            Error = errors is { Count: > 0 } ? string.Join(" ", errors.Values) : null,
        };
        return await renderer.RenderAsync("MerchantCenter", await fill(services, actor, model, http.RequestAborted), title, status);
    }

    /// <summary>Runs a form's action; success goes back to the page with a message, a refusal re-renders it with the reasons.</summary>
    private static async Task<IResult> ActAsync(HttpContext http, IFormCollection form, MerchantPermission permission, string page, string title, Fill fill,
        string back, string success, Func<IServiceProvider, MerchantActor, Task> action)
    {
        var services = http.RequestServices;
        try
        {
            var actor = await services.GetRequiredService<IMerchantAccess>().RequireAsync(http.User, permission, http.RequestAborted);
            await action(services, actor);
            return Results.Redirect($"{http.Request.PathBase}{back}?message={Uri.EscapeDataString(success)}");
        }
        catch (ForbiddenException denied)
        {
            return await services.GetRequiredService<IStorefrontRenderer>().RenderAsync("MerchantDenied",
                new CenterDeniedModel(denied.Errors.SelectMany(e => e.Value).First()), "No access", StatusCodes.Status403Forbidden);
        }
        catch (ProblemException problem)
        {
            var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
            return await RenderAsync(http, page, title, null, fill, null, errors, values, problem.Status);
        }
    }
}
