using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SaaS.Identity;
using SaaS.Problems;
using SaaS.Security;

namespace SaaS.Admin;

/// <summary>Users (invite, roles, disable) and Roles (permissions) in the tenant admin.</summary>
public static class UserAdminPages
{
    public static void MapUserAdminPages(this RouteGroupBuilder admin)
    {
        var users = admin.MapGroup("/users").RequirePermission(CorePermissions.ManageUsers);
        users.MapGet("", (HttpContext http, UserAdministration accounts, AdminRenderer renderer, string? message) =>
            RenderUsersAsync(http, accounts, renderer, message, null, null, null));
        users.MapPost("/invite", async (HttpContext http, [FromForm] IFormCollection form, UserAdministration accounts, AdminRenderer renderer) =>
        {
            var email = form["email"].ToString().Trim();
            try
            {
                await accounts.InviteAsync(email, form["roles"].Select(r => r!).ToList(), $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}", http.RequestAborted);
                return AdminResults.BackTo(http, "/admin/users", $"Invitation sent to {email}.");
            }
            catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
            {
                return await RenderUsersAsync(http, accounts, renderer, null, null, email, Describe(problem), problem.Status);
            }
        });
        users.MapPost("/{id}/roles", (string id, HttpContext http, [FromForm] IFormCollection form, UserAdministration accounts, AdminRenderer renderer) =>
            ChangeAsync(http, accounts, renderer, () => accounts.SetRolesAsync(id, form["roles"].Select(r => r!).ToList(), http.User), "Roles saved."));
        users.MapPost("/{id}/{action:regex(^(disable|enable)$)}", (string id, string action, HttpContext http, [FromForm] IFormCollection form, UserAdministration accounts, AdminRenderer renderer) =>
            ChangeAsync(http, accounts, renderer, () => accounts.SetDisabledAsync(id, action == "disable", http.User), action == "disable" ? "User disabled." : "User enabled."));

        var roles = admin.MapGroup("/roles").RequirePermission(CorePermissions.ManageRoles);
        roles.MapGet("", async (HttpContext http, UserAdministration accounts, AdminRenderer renderer, string? message) =>
            await renderer.RenderAsync(http, "Roles", new RolesModel(await accounts.ListRolesAsync(), message, null), "Roles"));
        roles.MapPost("", (HttpContext http, [FromForm] IFormCollection form, UserAdministration accounts, AdminRenderer renderer) =>
            ChangeRolesAsync(http, accounts, renderer, () => accounts.CreateRoleAsync(form["name"].ToString().Trim()), "Role created."));
        roles.MapPost("/{name}", (string name, HttpContext http, [FromForm] IFormCollection form, UserAdministration accounts, AdminRenderer renderer) =>
            ChangeRolesAsync(http, accounts, renderer, () => accounts.SetRolePermissionsAsync(name, form["permissions"].Select(p => p!).ToList()), $"Permissions of {name} saved."));
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, UserAdministration accounts, AdminRenderer renderer, Func<Task> change, string message)
    {
        try
        {
            await change();
            return AdminResults.BackTo(http, "/admin/users", message);
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or NotFoundException)
        {
            return await RenderUsersAsync(http, accounts, renderer, null, Describe(problem), null, null, problem.Status);
        }
    }

    private static async Task<IResult> ChangeRolesAsync(HttpContext http, UserAdministration accounts, AdminRenderer renderer, Func<Task> change, string message)
    {
        try
        {
            await change();
            return AdminResults.BackTo(http, "/admin/roles", message);
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException or NotFoundException)
        {
            return await renderer.RenderAsync(http, "Roles", new RolesModel(await accounts.ListRolesAsync(), null, Describe(problem)), "Roles", problem.Status);
        }
    }

    private static async Task<IResult> RenderUsersAsync(
        HttpContext http, UserAdministration accounts, AdminRenderer renderer, string? message, string? error, string? inviteEmail, string? inviteError,
        int status = StatusCodes.Status200OK) =>
        await renderer.RenderAsync(http, "Users",
            new UsersModel(await accounts.ListUsersAsync(http.User), await accounts.RoleNamesAsync(), message, error, inviteEmail, inviteError), "Users", status);

    private static string Describe(ProblemException problem) => string.Join(" ", problem.Errors.SelectMany(e => e.Value));
}
