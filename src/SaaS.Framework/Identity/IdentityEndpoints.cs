using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Identity;

/// <summary>Sign-in, registration and password reset for a tenant's users, in the manner of MapIdentityApi.</summary>
public static class IdentityEndpoints
{
    public const string LoginRateLimitPolicy = "identity-login";

    public static void MapIdentityEndpoints(this IEndpointRouteBuilder tenantRoutes)
    {
        var identity = tenantRoutes.MapGroup("/api/identity");
        identity.MapPost("/login", LoginAsync).RequireRateLimiting(LoginRateLimitPolicy);
        identity.MapPost("/register", RegisterAsync).RequireRateLimiting(LoginRateLimitPolicy);
        identity.MapPost("/refresh", RefreshAsync);
        identity.MapPost("/forgotPassword", ForgotPasswordAsync).RequireRateLimiting(LoginRateLimitPolicy);
        identity.MapPost("/resetPassword", ResetPasswordAsync);
        tenantRoutes.MapGet("/api/me", MeAsync).RequireAuthorization();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> LoginAsync(
        LoginRequest request, [FromQuery] bool? useCookies, AccountService accounts)
    {
        var outcome = await accounts.SignInAsync(request.Email, request.Password,
            useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme);
        if (outcome.Status == SignInStatus.Succeeded) return TypedResults.Empty;
        var title = outcome.Status switch
        {
            SignInStatus.LockedOut => "Account locked.",
            SignInStatus.NotAllowed => "Sign-in not allowed.",
            _ => "Sign-in failed.",
        };
        return TypedResults.Problem(title: title, detail: outcome.Message, statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<Created<MeResponse>> RegisterAsync(RegisterRequest request, AccountService accounts, ITenant tenant)
    {
        var user = await accounts.RegisterBuyerAsync(request.Email, request.Password);
        return TypedResults.Created("/api/me", new MeResponse(user.Email!, [Roles.Buyer], tenant.Name));
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<IdentityUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        AccountService.RequireFields(("refreshToken", request.RefreshToken));
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok> ForgotPasswordAsync(ForgotPasswordRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.SendPasswordResetAsync(request.Email, cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<Ok> ResetPasswordAsync(ResetPasswordRequest request, AccountService accounts)
    {
        await accounts.ResetPasswordAsync(request.Email, request.ResetCode, request.NewPassword);
        return TypedResults.Ok();
    }

    private static async Task<Ok<MeResponse>> MeAsync(ClaimsPrincipal principal, AccountService accounts, ITenant tenant)
    {
        var (email, roles) = await accounts.DescribeAsync(principal);
        return TypedResults.Ok(new MeResponse(email, roles, tenant.Name));
    }
}
