using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using SaaS.Problems;
using SaaS.Security;
using SaaS.Tenants;

namespace SaaS.Identity;

/// <summary>
/// A tenant's account rules, shared by the JSON API and the themed pages: sign-in with lockout, buyer
/// registration, password reset by e-mailed code. Refusals are typed problems naming the field.
/// </summary>
public sealed class AccountService(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    SaaS.Messaging.IMail mail,
    ITenant tenant,
    ITenantLinks links)
{
    /// <summary>Checks the password (counting failures towards lockout) and signs in with <paramref name="scheme"/>.</summary>
    public async Task<SignInOutcome> SignInAsync(string? email, string? password, string scheme)
    {
        RequireFields(("email", email), ("password", password));
        var user = await users.FindByEmailAsync(email!);
        if (user is null) return new SignInOutcome(SignInStatus.InvalidCredentials);
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return new SignInOutcome(SignInStatus.Succeeded);
        if (result.IsLockedOut) return new SignInOutcome(SignInStatus.LockedOut, user.LockoutEnd);
        return new SignInOutcome(result.IsNotAllowed ? SignInStatus.NotAllowed : SignInStatus.InvalidCredentials);
    }

    public async Task<IdentityUser> RegisterBuyerAsync(string? email, string? password)
    {
        RequireFields(("email", email), ("password", password));
        if (!new EmailAddressAttribute().IsValid(email))
        {
            throw new ValidationFailedException("email", $"'{email}' is not an e-mail address.");
        }
        if (await users.FindByEmailAsync(email!) is not null)
        {
            throw new ConflictException("email", $"An account for '{email}' already exists.");
        }
        var user = new IdentityUser { UserName = email, Email = email };
        ThrowOnFailure(await users.CreateAsync(user, password!), passwordField: "password");
        ThrowOnFailure(await users.AddToRoleAsync(user, Roles.Buyer), passwordField: "password");
        return user;
    }

    /// <summary>E-mails a reset code when the account exists; says nothing either way, so accounts cannot be listed.</summary>
    public async Task SendPasswordResetAsync(string? email, CancellationToken cancellationToken)
    {
        RequireFields(("email", email));
        if (await users.FindByEmailAsync(email!) is not { } user) return;
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = $"{links.SiteUrl()}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}";
        await mail.SendAsync(new SaaS.Messaging.AccountMail(user.Email!, "account.password-reset", $"{tenant.Site.SiteName}: reset your password",
            $"Use this code to reset your password:\r\n\r\n{code}\r\n", new Dictionary<string, string> { ["code"] = code, ["email"] = user.Email!, ["link"] = link }, user.Id),
            cancellationToken);
    }

    public async Task ResetPasswordAsync(string? email, string? resetCode, string? newPassword)
    {
        RequireFields(("email", email), ("resetCode", resetCode), ("newPassword", newPassword));
        var user = await users.FindByEmailAsync(email!);
        var result = IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        if (user is not null && TryDecode(resetCode!, out var token))
        {
            result = await users.ResetPasswordAsync(user, token, newPassword!);
        }
        ThrowOnFailure(result, passwordField: "newPassword");
    }

    public async Task<(string Email, IReadOnlyList<string> Roles)> DescribeAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal) ?? throw new NotFoundException("user", "The signed-in user no longer exists.");
        return (user.Email!, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList());
    }

    public static void RequireFields(params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value))
            .ToDictionary(f => f.Field, f => new[] { $"'{f.Field}' is required." });
        if (missing.Count > 0) throw new ValidationFailedException(missing);
    }

    private static bool TryDecode(string code, out string token)
    {
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            token = "";
            return false;
        }
    }

    /// <summary>Identity's errors, keyed by the field they concern.</summary>
    private static void ThrowOnFailure(IdentityResult result, string passwordField)
    {
        if (result.Succeeded) return;
        throw new ValidationFailedException(result.Errors
            .GroupBy(e => e.Code switch
            {
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ when e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) => "email",
                "InvalidToken" => "resetCode",
                _ => e.Code,
            })
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
    }
}
