using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SaaS.Identity;
using SaaS.Problems;
using SaaS.Recipes;
using SaaS.Tenancy;
using SaaS.Web.Tenants;

namespace SaaS.Web.Console;

/// <summary>
/// The platform operator's console at <c>/console</c>: the tenants with their state and URLs, launching from a
/// recipe with live progress, and disable / enable / delete behind a confirmation page.
/// </summary>
public static class ConsolePages
{
    public static readonly AuthorizationPolicy OperatorPolicy = new AuthorizationPolicyBuilder(OperatorAccount.Scheme)
        .RequireAuthenticatedUser()
        .RequireRole("Operator")
        .Build();

    public static void MapConsolePages(this IEndpointRouteBuilder app)
    {
        var console = app.MapGroup("/console").WithMetadata(HostEndpoint.Instance);
        console.MapGet("/login", (HttpContext http, ConsoleRenderer renderer) => renderer.RenderAsync(http, "Login", new LoginModel(null, null), "Sign in"));
        console.MapPost("/login", LoginAsync);

        var signedIn = console.MapGroup("").RequireAuthorization(OperatorPolicy);
        signedIn.MapPost("/logout", async (HttpContext http, [FromForm] IFormCollection form) =>
        {
            await http.SignOutAsync(OperatorAccount.Scheme);
            return Results.Redirect("/console/login");
        });
        signedIn.MapGet("", (HttpContext http, ConsoleRenderer renderer, TenantCatalog catalog, ShellHost shells, string? message) =>
            renderer.RenderAsync(http, "Tenants", new TenantsModel(Rows(http, catalog, shells), message), "Marketplaces"));
        signedIn.MapGet("/launch", (HttpContext http, ConsoleRenderer renderer, RecipeLibrary recipes, PasswordPolicy policy) =>
            renderer.RenderAsync(http, "Launch", new LaunchFormModel(recipes.List(),
                new Dictionary<string, string> { ["recipe"] = recipes.List().FirstOrDefault()?.Name ?? "" }, new Dictionary<string, string>(), policy.Description), "Launch a marketplace"));
        signedIn.MapPost("/launch", LaunchAsync);
        signedIn.MapGet("/launches/{id:guid}", (Guid id, HttpContext http, ConsoleRenderer renderer, LaunchTracker launches) =>
            launches.Find(id) is { } progress
                ? renderer.RenderAsync(http, "Progress", ProgressModel(id, progress), "Launching " + progress.Tenant)
                : throw new NotFoundException("id", "There is no such launch."));
        signedIn.MapGet("/launches/{id:guid}/status", (Guid id, LaunchTracker launches) =>
            launches.Find(id) is { } progress ? Results.Ok(ProgressModel(id, progress)) : Results.NotFound());
        signedIn.MapGet("/tenants/{name}/{action:regex(^(disable|enable|delete)$)}", (string name, string action, HttpContext http, ConsoleRenderer renderer, TenantCatalog catalog) =>
            renderer.RenderAsync(http, "Confirm", new ConfirmModel(catalog.Get(name).Name, action, null), "Confirm"));
        signedIn.MapPost("/tenants/{name}/{action:regex(^(disable|enable|delete)$)}", ChangeTenantAsync);
    }

    private static async Task<IResult> LoginAsync(HttpContext http, [FromForm] IFormCollection form, OperatorAccount account, ConsoleRenderer renderer)
    {
        var email = form["email"].ToString();
        if (!account.Verify(email, form["password"].ToString()))
        {
            return await renderer.RenderAsync(http, "Login", new LoginModel(email, "Invalid email or password."), "Sign in", StatusCodes.Status401Unauthorized);
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Email), new Claim(ClaimTypes.Role, "Operator")], OperatorAccount.Scheme);
        await http.SignInAsync(OperatorAccount.Scheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/console");
    }

    private static async Task<IResult> LaunchAsync(
        HttpContext http, [FromForm] IFormCollection form, LaunchTracker launches, RecipeLibrary recipes, PasswordPolicy policy, ConsoleRenderer renderer)
    {
        string? Field(string name) => string.IsNullOrWhiteSpace(form[name]) ? null : form[name].ToString().Trim();
        var hostNames = Field("hostNames")?.Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var request = new CreateTenantRequest(Field("name"), Field("recipe"), Field("adminEmail"), form["adminPassword"].ToString(),
            Field("urlPrefix"), hostNames, Field("siteName"), Field("databaseProvider"), Field("connectionString"));
        try
        {
            var id = await launches.StartAsync(request, $"{http.Request.Scheme}://{http.Request.Host}", http.RequestAborted);
            return Results.Redirect($"/console/launches/{id}");
        }
        catch (ProblemException problem)
        {
            var values = form.Keys.Where(k => k != "adminPassword" && !k.StartsWith("__", StringComparison.Ordinal)).ToDictionary(k => k, k => form[k].ToString());
            var errors = problem.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value));
            return await renderer.RenderAsync(http, "Launch", new LaunchFormModel(recipes.List(), values, errors, policy.Description), "Launch a marketplace", problem.Status);
        }
    }

    private static async Task<IResult> ChangeTenantAsync(
        string name, string action, HttpContext http, [FromForm] IFormCollection form, TenantManager tenants, ConsoleRenderer renderer)
    {
        try
        {
            if (action == "delete" && form["confirmName"] != name)
            {
                throw new ValidationFailedException("confirmName", $"Type '{name}' to confirm the deletion.");
            }
            switch (action)
            {
                case "disable": await tenants.DisableAsync(name, http.RequestAborted); break;
                case "enable": await tenants.EnableAsync(name, http.RequestAborted); break;
                default: await tenants.DeleteAsync(name, http.RequestAborted); break;
            }
            return Results.Redirect($"/console?message={Uri.EscapeDataString($"{name}: {action} done.")}");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
        {
            return await renderer.RenderAsync(http, "Confirm", new ConfirmModel(name, action, string.Join(" ", problem.Errors.SelectMany(e => e.Value))), "Confirm", problem.Status);
        }
    }

    private static List<ConsoleTenantRow> Rows(HttpContext http, TenantCatalog catalog, ShellHost shells) =>
        catalog.All.OrderByDescending(t => t.CreatedUtc)
            .Select(t => TenantInfo.From(t, $"{http.Request.Scheme}://{http.Request.Host}", shells))
            .Select(t => new ConsoleTenantRow(t.Name, t.State, t.Recipe, t.Urls, t.CreatedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'"), t.DatabaseProvider, t.Error))
            .ToList();

    private static LaunchProgressModel ProgressModel(Guid id, LaunchProgress progress) =>
        new(id, progress.Tenant, progress.Steps, progress.Done, progress.Error, progress.Urls);
}
