using System.Net.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Data;
using SaaS.Messaging.Data;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Messaging.Settings;

/// <summary>
/// Reads and saves the channel settings. The SMTP password and Twilio token are encrypted with a protector bound to
/// the tenant, never shown back and never logged; the audit says which settings changed, not their values.
/// </summary>
public sealed class MessagingSettingsStore(MessagingDbContext db, IDataProtectionProvider protection, ITenant tenant, ITenantDatabase database, IAuditLog audit, TimeProvider clock)
{
    private IDataProtector Protector => protection.CreateProtector("SaaS.Messaging.Secrets", tenant.Name);

    public async Task<MessagingSettings> GetAsync(CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new MessagingSettings();

    public string? Unprotect(string? secret) => secret is null ? null : Protector.Unprotect(secret);

    public string Protect(string secret) => Protector.Protect(secret);

    public async Task<MessagingSettingsView> ViewAsync(CancellationToken cancellationToken) => MessagingSettingsView.Of(await GetAsync(cancellationToken));

    public async Task<MessagingSettingsView> SaveAsync(MessagingSettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.SmtpPort is < 1 or > 65535) errors["smtpPort"] = ["A port is between 1 and 65535."];
        if (request.SmtpTls is { } tls && !Enum.TryParse<SmtpTls>(tls, ignoreCase: true, out _)) errors["smtpTls"] = ["Choose None, StartTls or SslOnConnect."];
        if (request.FromAddress is { Length: > 0 } from && !MailAddress.TryCreate(from, out _)) errors["fromAddress"] = ["Write an e-mail address, e.g. noreply@example.com."];
        if (request.TwilioAccountSid is { Length: > 0 } sid && !(sid.StartsWith("AC", StringComparison.Ordinal) && sid.Length == 34)) errors["twilioAccountSid"] = ["A Twilio account SID starts with AC and has 34 characters."];
        if (request.TwilioFrom is { Length: > 0 } sender && !(sender.StartsWith('+') || sender.StartsWith("MG", StringComparison.Ordinal))) errors["twilioFrom"] = ["Write the sending number in E.164 (+8613…) or a messaging service SID (MG…)."];
        foreach (var (field, rate) in new[] { ("emailPerSecond", request.EmailPerSecond), ("smsPerSecond", request.SmsPerSecond), ("webhookPerSecond", request.WebhookPerSecond) })
        {
            if (rate is < 1 or > 10_000) errors[field] = ["Between 1 and 10,000 messages a second."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null) db.Settings.Add(settings = new MessagingSettings());
        // Null leaves a value as it is (a form need not send secrets back); an empty string clears it.
        if (request.SmtpHost is { } host) settings.SmtpHost = Blank(host);
        if (request.SmtpPort is { } port) settings.SmtpPort = port;
        if (request.SmtpTls is { } mode) settings.SmtpTls = Enum.Parse<SmtpTls>(mode, ignoreCase: true);
        if (request.SmtpUser is { } user) settings.SmtpUser = Blank(user);
        if (request.SmtpPassword is { } password) settings.SmtpPasswordProtected = password.Length == 0 ? null : Protect(password);
        if (request.FromAddress is { } address) settings.FromAddress = Blank(address);
        if (request.FromName is { } name) settings.FromName = Blank(name);
        if (request.TwilioAccountSid is { } accountSid) settings.TwilioAccountSid = Blank(accountSid);
        if (request.TwilioAuthToken is { } token) settings.TwilioAuthTokenProtected = token.Length == 0 ? null : Protect(token.Trim());
        if (request.TwilioFrom is { } twilioFrom) settings.TwilioFrom = Blank(twilioFrom);
        if (request.EmailPerSecond is { } email) settings.EmailPerSecond = email;
        if (request.SmsPerSecond is { } sms) settings.SmsPerSecond = sms;
        if (request.WebhookPerSecond is { } webhook) settings.WebhookPerSecond = webhook;
        settings.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        var changed = typeof(MessagingSettingsRequest).GetProperties().Where(p => p.GetValue(request) is not null).Select(p => p.Name);
        await audit.RecordAsync("messaging-settings.update", "messaging", null, string.Join(", ", changed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MessagingSettingsView.Of(settings);
    }

    private static string? Blank(string value) => value.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

public sealed record MessagingSettingsRequest(
    string? SmtpHost = null, int? SmtpPort = null, string? SmtpTls = null, string? SmtpUser = null, string? SmtpPassword = null, string? FromAddress = null, string? FromName = null,
    string? TwilioAccountSid = null, string? TwilioAuthToken = null, string? TwilioFrom = null, int? EmailPerSecond = null, int? SmsPerSecond = null, int? WebhookPerSecond = null);

public sealed record MessagingSettingsView(
    bool SmtpConfigured, string? SmtpHost, int SmtpPort, string SmtpTls, string? SmtpUser, bool SmtpPasswordSet, string? FromAddress, string? FromName,
    bool TwilioConfigured, string? TwilioAccountSid, bool TwilioAuthTokenSet, string? TwilioFrom, int EmailPerSecond, int SmsPerSecond, int WebhookPerSecond)
{
    public static MessagingSettingsView Of(MessagingSettings s) => new(
        s.SmtpHost is not null, s.SmtpHost, s.SmtpPort, s.SmtpTls.ToString(), s.SmtpUser, s.SmtpPasswordProtected is not null, s.FromAddress, s.FromName,
        s.TwilioAccountSid is not null && s.TwilioAuthTokenProtected is not null && s.TwilioFrom is not null, s.TwilioAccountSid, s.TwilioAuthTokenProtected is not null,
        s.TwilioFrom, s.EmailPerSecond, s.SmsPerSecond, s.WebhookPerSecond);
}
