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
    public static void MapMerchantCenterPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var center = tenantRoutes.MapGroup("/merchant").RequireAuthorization();
        center.MapGet("", Page("MerchantOverview", "Merchant center", null, OverviewAsync));
        center.MapPost("/profile", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.EditProfile, "MerchantOverview", "Merchant center", OverviewAsync, "/merchant", "Profile saved.",
                (services, actor) => services.GetRequiredService<MerchantProfiles>().UpdateAsync(actor,
                    new ProfileRequest(form["contactName"], form["mobile"], form["email"], form["address"], form["description"]), http.RequestAborted)));
        center.MapPost("/licences/{code}", (string code, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageLicences, "MerchantOverview", "Merchant center", OverviewAsync, "/merchant", "Licence renewed.",
                (services, actor) => services.GetRequiredService<MerchantLicences>().RenewAsync(actor, code,
                    new LicenceRenewal(form["number"], DateOnly.TryParse(form["expiresOn"], System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null), http.RequestAborted)));

        center.MapGet("/staff", Page("MerchantStaff", "Staff", MerchantCenterPermissions.ManageStaff, StaffAsync));
        center.MapPost("/staff", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "MerchantStaff", "Staff", StaffAsync, "/merchant/staff", $"Invitation sent to {form["email"]}.",
                (services, actor) => services.GetRequiredService<MerchantStaff>().InviteAsync(actor, new InviteStaffRequest(form["email"], RoleId(form)), http.RequestAborted)));
        center.MapPost("/staff/{userId}/{action:regex(^(role|disable|enable|transfer-ownership)$)}", (string userId, string action, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "MerchantStaff", "Staff", StaffAsync, "/merchant/staff", "Saved.", (services, actor) =>
            {
                var staff = services.GetRequiredService<MerchantStaff>();
                return action switch
                {
                    "role" => staff.SetRoleAsync(actor, userId, RoleId(form), http.RequestAborted),
                    "transfer-ownership" => staff.TransferOwnershipAsync(actor, userId, http.RequestAborted),
                    _ => staff.SetDisabledAsync(actor, userId, action == "disable", http.RequestAborted),
                };
            }));

        center.MapGet("/roles", Page("MerchantRoles", "Roles", MerchantCenterPermissions.ManageStaff, RolesAsync));
        center.MapPost("/roles", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "MerchantRoles", "Roles", RolesAsync, "/merchant/roles", $"Role '{form["name"]}' created.",
                (services, actor) => services.GetRequiredService<MerchantRoles>().CreateAsync(actor, new RoleRequest(form["name"], form["permissions"].OfType<string>().ToList()), http.RequestAborted)));
        center.MapPost("/roles/{id:guid}/{action:regex(^(save|delete)$)}", (Guid id, string action, HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.ManageStaff, "MerchantRoles", "Roles", RolesAsync, "/merchant/roles", action == "save" ? "Role saved." : "Role deleted.",
                (services, actor) => action == "save"
                    ? services.GetRequiredService<MerchantRoles>().UpdateAsync(actor, id, new RoleRequest(form["name"], form["permissions"].OfType<string>().ToList()), http.RequestAborted)
                    : services.GetRequiredService<MerchantRoles>().DeleteAsync(actor, id, http.RequestAborted)));

        center.MapGet("/agreement", Page("MerchantAgreement", "Agreement", null, AgreementAsync));
        center.MapPost("/agreement", (HttpContext http, [FromForm] IFormCollection form) =>
            ActAsync(http, form, MerchantCenterPermissions.AcceptAgreement, "MerchantAgreement", "Agreement", AgreementAsync, "/merchant/agreement", "Agreement accepted.",
                (services, actor) => services.GetRequiredService<MerchantTerms>().AcceptAsync(actor, int.TryParse(form["version"], out var version) ? version : null,
                    http.User.Identity?.Name ?? "", TermsEndpoints.ClientAddress(http), http.RequestAborted)));

        center.MapGet("/deposit", Page("MerchantDeposit", "Deposit", MerchantCenterPermissions.ViewDeposit, DepositAsync));
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

    private static Delegate Page(string view, string title, MerchantPermission? permission, Fill fill) =>
        (HttpContext http) => RenderAsync(http, view, title, permission, fill);

    private static Guid? RoleId(IFormCollection form) => Guid.TryParse(form["roleId"], out var id) ? id : null;

    private delegate Task<CenterModel> Fill(IServiceProvider services, MerchantActor actor, CenterModel model, CancellationToken cancellationToken);

    private static Task<IResult> RenderAsync(HttpContext http, string view, string title, MerchantPermission? permission, Fill fill,
        IReadOnlyDictionary<string, string>? errors = null, IReadOnlyDictionary<string, string>? values = null, int status = StatusCodes.Status200OK)
    {
        var services = http.RequestServices;
        return services.GetRequiredService<IMerchantCenter>().RenderAsync(http, view, title, permission, async actor =>
        {
            var model = new CenterModel(await services.GetRequiredService<MerchantProfiles>().GetAsync(actor, http.RequestAborted))
            {
                Errors = errors ?? new Dictionary<string, string>(),
                Values = values ?? new Dictionary<string, string>(),
                Error = errors is { Count: > 0 } ? string.Join(" ", errors.Values) : null,
            };
            return await fill(services, actor, model, http.RequestAborted);
        }, status);
    }

    /// <summary>Runs a form's action; success goes back to the page with a message, a refusal re-renders it with the reasons.</summary>
    private static async Task<IResult> ActAsync(HttpContext http, IFormCollection form, MerchantPermission permission, string view, string title, Fill fill,
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
            return await ((MerchantCenter)services.GetRequiredService<IMerchantCenter>()).DeniedAsync(denied);
        }
        catch (ProblemException problem)
        {
            var values = form.Keys.Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
            return await RenderAsync(http, view, title, null, fill, errors, values, problem.Status);
        }
    }
}
