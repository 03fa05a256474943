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
        LoginRequest request,
        [FromQuery] bool? useCookies,
        SignInManager<IdentityUser> signIn,
        UserManager<IdentityUser> users)
    {
        RequireFields(("email", request.Email), ("password", request.Password));
        var user = await users.FindByEmailAsync(request.Email!);
        if (user is null) return InvalidCredentials();
        signIn.AuthenticationScheme = useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.Empty;
        if (result.IsLockedOut)
        {
            return TypedResults.Problem(
                title: "Account locked.",
                detail: $"Too many failed sign-ins. Try again after {user.LockoutEnd:u}.",
                statusCode: StatusCodes.Status401Unauthorized);
        }
        return result.IsNotAllowed
            ? TypedResults.Problem(title: "Sign-in not allowed.", detail: "This account may not sign in.", statusCode: StatusCodes.Status401Unauthorized)
            : InvalidCredentials();
    }

    private static async Task<Created<MeResponse>> RegisterAsync(RegisterRequest request, UserManager<IdentityUser> users, ITenant tenant)
    {
        RequireFields(("email", request.Email), ("password", request.Password));
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(request.Email))
        {
            throw new ValidationFailedException("email", $"'{request.Email}' is not an e-mail address.");
        }
        if (await users.FindByEmailAsync(request.Email!) is not null)
        {
            throw new ConflictException("email", $"An account for '{request.Email}' already exists.");
        }
        var user = new IdentityUser { UserName = request.Email, Email = request.Email };
        ThrowOnFailure(await users.CreateAsync(user, request.Password!));
        ThrowOnFailure(await users.AddToRoleAsync(user, Roles.Buyer));
        return TypedResults.Created("/api/me", new MeResponse(user.Email!, [Roles.Buyer], tenant.Name));
    }

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<IdentityUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        RequireFields(("refreshToken", request.RefreshToken));
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Challenge();
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok> ForgotPasswordAsync(
        ForgotPasswordRequest request,
        UserManager<IdentityUser> users,
        PickupFolderMail mail,
        ITenant tenant,
        CancellationToken cancellationToken)
    {
        RequireFields(("email", request.Email));
        // Same answer whether or not the account exists, so the endpoint cannot be used to list accounts.
        if (await users.FindByEmailAsync(request.Email!) is { } user)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            await mail.SendAsync(user.Email!, $"{tenant.Site.SiteName}: reset your password",
                $"Use this code to reset your password:\r\n\r\n{code}\r\n", cancellationToken);
        }
        return TypedResults.Ok();
    }

    private static async Task<Ok> ResetPasswordAsync(ResetPasswordRequest request, UserManager<IdentityUser> users)
    {
        RequireFields(("email", request.Email), ("resetCode", request.ResetCode), ("newPassword", request.NewPassword));
        var user = await users.FindByEmailAsync(request.Email!);
        var result = IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        if (user is not null)
        {
            try
            {
                var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(request.ResetCode!));
                result = await users.ResetPasswordAsync(user, token, request.NewPassword!);
            }
            catch (FormatException)
            {
            }
        }
        ThrowOnFailure(result);
        return TypedResults.Ok();
    }

    private static async Task<Ok<MeResponse>> MeAsync(ClaimsPrincipal principal, UserManager<IdentityUser> users, ITenant tenant)
    {
        var user = await users.GetUserAsync(principal)
            ?? throw new NotFoundException("user", "The signed-in user no longer exists.");
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Email!, roles.Order(StringComparer.Ordinal).ToList(), tenant.Name));
    }

    private static ProblemHttpResult InvalidCredentials() =>
        TypedResults.Problem(title: "Sign-in failed.", detail: "Invalid email or password.", statusCode: StatusCodes.Status401Unauthorized);

    private static void RequireFields(params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value))
            .ToDictionary(f => f.Field, f => new[] { $"'{f.Field}' is required." });
        if (missing.Count > 0) throw new ValidationFailedException(missing);
    }

    /// <summary>Identity's errors, keyed by the field they concern.</summary>
    private static void ThrowOnFailure(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = result.Errors
            .GroupBy(e => FieldOf(e.Code))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
        throw new ValidationFailedException(errors);
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) => "email",
        "InvalidToken" => "resetCode",
        _ => code,
    };
}
