using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Problems;
using SaaS.Tenancy;
using SaaS.Themes;

namespace SaaS.Identity;

/// <summary>
/// The storefront's sign-in, registration, password reset and account pages: server-rendered forms in the
/// tenant's theme, protected against CSRF, with messages next to the fields they concern.
/// </summary>
public static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder tenantRoutes)
    {
        var account = tenantRoutes.MapGroup("/account");
        account.MapGet("/login", (HttpContext http, IStorefrontRenderer renderer, [FromQuery] string? returnUrl) =>
            renderer.RenderAsync("Login", NewForm(http) with { ReturnUrl = returnUrl }, "Sign in"));
        account.MapPost("/login", LoginAsync);
        account.MapGet("/register", (HttpContext http, IStorefrontRenderer renderer, PasswordPolicy policy) =>
            renderer.RenderAsync("Register", NewForm(http) with { PasswordPolicy = policy.Description }, "Create an account"));
        account.MapPost("/register", RegisterAsync);
        account.MapGet("/forgot-password", (HttpContext http, IStorefrontRenderer renderer) =>
            renderer.RenderAsync("ForgotPassword", NewForm(http), "Forgot password"));
        account.MapPost("/forgot-password", ForgotPasswordAsync);
        account.MapGet("/reset-password", (HttpContext http, IStorefrontRenderer renderer, [FromQuery] string? email, [FromQuery] string? code) =>
            renderer.RenderAsync("ResetPassword", NewForm(http) with { Email = email, ResetCode = code }, "Reset password"));
        account.MapPost("/reset-password", ResetPasswordAsync);
        account.MapGet("", AccountAsync);
        account.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.Redirect(http.Request.PathBase + "/");
        });
    }

    private static async Task<IResult> LoginAsync(
        [FromForm] AccountFormInput input, HttpContext http, AccountService accounts, IStorefrontRenderer renderer)
    {
        var form = NewForm(http) with { Email = input.Email, ReturnUrl = input.ReturnUrl };
        try
        {
            var outcome = await accounts.SignInAsync(input.Email, input.Password, IdentityConstants.ApplicationScheme);
            if (outcome.Status == SignInStatus.Succeeded) return Results.Redirect(LocalUrl(http, input.ReturnUrl, "/account"));
            return await renderer.RenderAsync("Login", form with { FormError = outcome.Message }, "Sign in", StatusCodes.Status401Unauthorized);
        }
        catch (ValidationFailedException problem)
        {
            return await renderer.RenderAsync("Login", form.WithErrors(problem.Errors), "Sign in", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> RegisterAsync(
        [FromForm] AccountFormInput input, HttpContext http, AccountService accounts, IStorefrontRenderer renderer, PasswordPolicy policy)
    {
        try
        {
            await accounts.RegisterBuyerAsync(input.Email, input.Password);
            await accounts.SignInAsync(input.Email, input.Password, IdentityConstants.ApplicationScheme);
            return Results.Redirect(http.Request.PathBase + "/account");
        }
        catch (ProblemException problem) when (problem is ValidationFailedException or ConflictException)
        {
            var form = NewForm(http) with { Email = input.Email, PasswordPolicy = policy.Description };
            return await renderer.RenderAsync("Register", form.WithErrors(problem.Errors), "Create an account", problem.Status);
        }
    }

    private static async Task<IResult> ForgotPasswordAsync(
        [FromForm] AccountFormInput input, HttpContext http, AccountService accounts, IStorefrontRenderer renderer, CancellationToken cancellationToken)
    {
        try
        {
            await accounts.SendPasswordResetAsync(input.Email, cancellationToken);
            return Results.Redirect($"{http.Request.PathBase}/account/reset-password?email={Uri.EscapeDataString(input.Email!)}");
        }
        catch (ValidationFailedException problem)
        {
            return await renderer.RenderAsync("ForgotPassword", (NewForm(http) with { Email = input.Email }).WithErrors(problem.Errors),
                "Forgot password", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> ResetPasswordAsync(
        [FromForm] AccountFormInput input, HttpContext http, AccountService accounts, IStorefrontRenderer renderer)
    {
        try
        {
            await accounts.ResetPasswordAsync(input.Email, input.ResetCode, input.NewPassword);
            return await renderer.RenderAsync("Login", NewForm(http) with { Email = input.Email, Notice = "Your password has been changed. Sign in with the new one." }, "Sign in");
        }
        catch (ValidationFailedException problem)
        {
            var form = NewForm(http) with { Email = input.Email, ResetCode = input.ResetCode };
            return await renderer.RenderAsync("ResetPassword", form.WithErrors(problem.Errors), "Reset password", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> AccountAsync(HttpContext http, AccountService accounts, IStorefrontRenderer renderer)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect($"{http.Request.PathBase}/account/login?returnUrl=%2Faccount");
        }
        var (email, roles) = await accounts.DescribeAsync(http.User);
        var shell = http.GetTenantShell()!;
        var links = http.RequestServices.GetServices<SaaS.Accounts.AccountLink>()
            .Where(l => (l.FeatureId is null || shell.IsFeatureEnabled(l.FeatureId)) && (l.Roles.Length == 0 || l.Roles.Intersect(roles).Any()))
            .Select(l => new AccountLinkView(l.Title, http.Request.PathBase + l.Path))
            .ToList();
        return await renderer.RenderAsync("Account", NewForm(http) with { Email = email, Roles = roles, Links = links }, "My account");
    }

    private static AccountForm NewForm(HttpContext http)
    {
        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new AccountForm { AntiforgeryField = tokens.FormFieldName, AntiforgeryToken = tokens.RequestToken! };
    }

    /// <summary>Only paths inside this tenant: an open redirect to another site (or tenant) is refused.</summary>
    private static string LocalUrl(HttpContext http, string? returnUrl, string fallback)
    {
        // The cookie handler's ReturnUrl carries the tenant prefix already.
        if (returnUrl is not null && http.Request.PathBase.HasValue
            && returnUrl.StartsWith(http.Request.PathBase.Value + "/", StringComparison.Ordinal))
        {
            returnUrl = returnUrl[http.Request.PathBase.Value.Length..];
        }
        var path = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
        return http.Request.PathBase + path;
    }
}
