using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using SaaS.Tenancy;

namespace SaaS.Web.Console;

/// <summary>
/// The platform operator's console account, separate from every tenant's users: <c>SaaS:Operator:Email</c> and
/// <c>SaaS:Operator:Password</c>, or generated on first start into App_Data (the password is shown once, in the
/// start-up banner, and kept only as a hash).
/// </summary>
public sealed class OperatorAccount
{
    public const string Scheme = "SaaS.Operator";
    public const string DefaultEmail = "operator@localhost";

    private static readonly PasswordHasher<string> Hasher = new();
    private readonly string passwordHash;

    public OperatorAccount(IConfiguration configuration, AppDataPaths paths)
    {
        var file = Path.Combine(paths.Root, "operator-account.json");
        if (configuration["SaaS:Operator:Password"] is { Length: > 0 } configured)
        {
            Email = configuration["SaaS:Operator:Email"] ?? DefaultEmail;
            passwordHash = Hasher.HashPassword(Email, configured);
            return;
        }
        if (!File.Exists(file))
        {
            GeneratedPassword = "Op-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) + "-z9";
            var created = new StoredAccount(DefaultEmail, Hasher.HashPassword(DefaultEmail, GeneratedPassword));
            File.WriteAllText(file, JsonSerializer.Serialize(created));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var stored = JsonSerializer.Deserialize<StoredAccount>(File.ReadAllText(file))!;
        Email = stored.Email;
        passwordHash = stored.PasswordHash;
    }

    public string Email { get; }

    /// <summary>Set only on the start that created the account, so the banner can show it once.</summary>
    public string? GeneratedPassword { get; }

    public bool Verify(string? email, string? password) =>
        string.Equals(email?.Trim(), Email, StringComparison.OrdinalIgnoreCase) && password is not null
        && Hasher.VerifyHashedPassword(Email, passwordHash, password) != PasswordVerificationResult.Failed;

    private sealed record StoredAccount(string Email, string PasswordHash);
}
