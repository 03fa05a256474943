using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Payments.Payments;

/// <summary>
/// Reads and saves the payment settings. Secrets are encrypted with a protector bound to the tenant's name, so a
/// row copied into another tenant's database cannot be decrypted there; the API only says whether they are set.
/// </summary>
public sealed class PaymentSettingsStore(PaymentsDbContext db, IDataProtectionProvider protection, ITenant tenant, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    private IDataProtector Protector => protection.CreateProtector("SaaS.Payments.Secrets", tenant.Name);

    public async Task<PaymentSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new PaymentSettings();

    public async Task<StripeKeys?> StripeKeysAsync(CancellationToken cancellationToken)
    {
        var settings = await GetAsync(cancellationToken);
        return settings.StripeSecretKeyProtected is { } secret
            ? new StripeKeys(Protector.Unprotect(secret), settings.StripePublishableKey, settings.StripeWebhookSecretProtected is { } hook ? Protector.Unprotect(hook) : null)
            : null;
    }

    public async Task<PaymentSettingsView> ViewAsync(CancellationToken cancellationToken) => PaymentSettingsView.Of(await GetAsync(cancellationToken));

    public async Task<PaymentSettingsView> SaveAsync(PaymentSettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.StripeSecretKey is { Length: > 0 } key && !(key.StartsWith("sk_", StringComparison.Ordinal) || key.StartsWith("rk_", StringComparison.Ordinal)))
        {
            errors["stripeSecretKey"] = ["A Stripe secret key starts with sk_ (or rk_ for a restricted key)."];
        }
        if (request.StripePublishableKey is { Length: > 0 } publishable && !publishable.StartsWith("pk_", StringComparison.Ordinal)) errors["stripePublishableKey"] = ["A publishable key starts with pk_."];
        if (request.StripeWebhookSecret is { Length: > 0 } hook && !hook.StartsWith("whsec_", StringComparison.Ordinal)) errors["stripeWebhookSecret"] = ["A webhook signing secret starts with whsec_."];
        if (request.SettlementDelayDays is < 0 or > 90) errors["settlementDelayDays"] = ["Settle between 0 and 90 days after completion."];
        if (request.SettlementWeekday is { } day && !Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out _)) errors["settlementWeekday"] = ["Name a weekday, e.g. Monday."];
        if (request.RemittanceAccount?.Length > 500) errors["remittanceAccount"] = ["The remittance account has at most 500 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null) db.Settings.Add(settings = new PaymentSettings());
        // An empty string clears a key; null leaves it as it is, so a form need not send secrets back.
        if (request.StripeSecretKey is { } secret) settings.StripeSecretKeyProtected = secret.Length == 0 ? null : Protector.Protect(secret.Trim());
        if (request.StripeWebhookSecret is { } signing) settings.StripeWebhookSecretProtected = signing.Length == 0 ? null : Protector.Protect(signing.Trim());
        if (request.StripePublishableKey is { } pk) settings.StripePublishableKey = pk.Length == 0 ? null : pk.Trim();
        if (request.SettlementDelayDays is { } delay) settings.SettlementDelayDays = delay;
        if (request.SettlementWeekday is { } weekday) settings.SettlementWeekday = Enum.Parse<DayOfWeek>(weekday, ignoreCase: true);
        if (request.RemittanceAccount is { } remittance) settings.RemittanceAccount = remittance.Length == 0 ? null : remittance.Trim();
        settings.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        // Which settings changed is recorded, never their values.
        await audit.RecordAsync("payment-settings.update", "payments", null,
            string.Join(", ", new[] { request.StripeSecretKey is null ? null : "stripe secret key", request.StripeWebhookSecret is null ? null : "webhook secret",
                request.StripePublishableKey is null ? null : "publishable key", request.SettlementDelayDays is null ? null : $"delay {settings.SettlementDelayDays}",
                request.SettlementWeekday is null ? null : $"weekday {settings.SettlementWeekday}", request.RemittanceAccount is null ? null : "remittance account" }.Where(c => c is not null)),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PaymentSettingsView.Of(settings);
    }
}

public sealed record StripeKeys(string SecretKey, string? PublishableKey, string? WebhookSecret)
{
    /// <summary>Test-mode keys let the payment page confirm with Stripe's test cards without Stripe.js.</summary>
    public bool TestMode => SecretKey.StartsWith("sk_test_", StringComparison.Ordinal) || SecretKey.StartsWith("rk_test_", StringComparison.Ordinal);

    public override string ToString() => "StripeKeys { secrets hidden }";
}

public sealed record PaymentSettingsRequest(
    string? StripeSecretKey, string? StripePublishableKey, string? StripeWebhookSecret, int? SettlementDelayDays, string? SettlementWeekday, string? RemittanceAccount);

public sealed record PaymentSettingsView(
    bool StripeConfigured, bool WebhookSecretSet, string? StripePublishableKey, int SettlementDelayDays, string SettlementWeekday, string? RemittanceAccount)
{
    public static PaymentSettingsView Of(PaymentSettings settings) => new(
        settings.StripeSecretKeyProtected is not null, settings.StripeWebhookSecretProtected is not null, settings.StripePublishableKey,
        settings.SettlementDelayDays, settings.SettlementWeekday.ToString(), settings.RemittanceAccount);
}
