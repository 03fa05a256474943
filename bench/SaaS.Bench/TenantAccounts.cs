using System.Net.Http.Json;
using System.Text.Json;

namespace SaaS.Bench;

/// <summary>How the bench gets a tenant's people signed in: staff invited by the launch, and buyers who register.</summary>
public static class TenantAccounts
{
    /// <summary>
    /// An invited person (a merchant's owner, say) chooses a password with the code of the invitation mailed at
    /// launch, then signs in; returns the access token.
    /// </summary>
    public static async Task<string> AcceptInvitationAsync(
        HttpClient http, HostProcess host, string tenant, string email, string password, CancellationToken cancellationToken)
    {
        // Notifications (those with an idempotency key) share the folder with account e-mails.
        var mail = Directory.GetFiles(Path.Combine(host.AppData, "Sites", tenant, "Mail"), "*.eml").Select(File.ReadAllText)
            .Where(m => !m.Contains("X-Idempotency-Key:", StringComparison.Ordinal))
            .Single(m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal));
        var code = mail.Split("\r\n").Select(l => l.Trim()).Last(l => l.Length > 40);
        using var reset = await http.PostAsJsonAsync($"/{tenant}/api/identity/resetPassword", new { email, resetCode = code, newPassword = password }, cancellationToken);
        if (!reset.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Setting {email}'s password answered {(int)reset.StatusCode}: {await reset.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return await SignInAsync(http, tenant, email, password, cancellationToken);
    }

    /// <summary>A new account registered with <paramref name="password"/>, signed in; returns the access token.</summary>
    public static async Task<string> RegisterAsync(HttpClient http, string tenant, string email, string password, CancellationToken cancellationToken)
    {
        using var registered = await http.PostAsJsonAsync($"/{tenant}/api/identity/register", new { email, password }, cancellationToken);
        if (!registered.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering {email} answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return await SignInAsync(http, tenant, email, password, cancellationToken);
    }

    /// <summary>Signs in with an email and password; returns the access token.</summary>
    public static async Task<string> SignInAsync(HttpClient http, string tenant, string email, string password, CancellationToken cancellationToken)
    {
        using var login = await http.PostAsJsonAsync($"/{tenant}/api/identity/login", new { email, password }, cancellationToken);
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)login.StatusCode}: {await login.Content.ReadAsStringAsync(cancellationToken)}");
        }
        return (await login.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accessToken").GetString()!;
    }
}
