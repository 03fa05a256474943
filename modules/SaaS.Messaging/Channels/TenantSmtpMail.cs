using System.Text.Json;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using SaaS.Tenants;

namespace SaaS.Messaging.Channels;

/// <summary>
/// Account e-mails (password-reset codes, invitations, application drafts) go out at once, while the person waits:
/// through the marketplace's own SMTP server when messaging is on and one is set, else as before (the pickup folder).
/// Those with a catalog event (a reset code) are worded by the marketplace's template. A template that fails, or an
/// SMTP server that refuses or cannot be reached, never costs the person their e-mail: it goes out with the module's
/// own words, or to the pickup folder, and the failure is logged. While messaging is on, each one is also written to
/// the delivery log as sent, so an operator can answer "I never got my invitation"; never with its payload, since
/// codes and links are the person's secrets.
/// </summary>
public sealed partial class TenantSmtpMail(ITenant tenant, IServiceProvider services, IMail fallback, TimeProvider clock, ILogger<TenantSmtpMail> logger) : IMail
{
    /// <summary>The delivery log's event and party of account e-mails that no template words.</summary>
    public const string AccountEvent = "account.mail";

    public const string AccountParty = "account";

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken) =>
        DeliverAsync(AccountEvent, to, null, tenant.Site.Locale, new RenderedMessage(subject, "", body), cancellationToken);

    public async Task SendAsync(AccountMail mail, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Manifest.MessagingFeature) || MessageEventCatalog.Find(mail.Event) is null)
        {
            await SendAsync(mail.To, mail.Subject, mail.Body, cancellationToken);
            return;
        }
        var db = services.GetRequiredService<MessagingDbContext>();
        var templates = await TemplateBook.LoadAsync(db, services.GetRequiredService<DefaultTemplates>(), cancellationToken);
        var locale = (mail.UserId is null ? null : await db.Profiles.AsNoTracking().Where(p => p.UserId == mail.UserId).Select(p => p.Locale).SingleOrDefaultAsync(cancellationToken))
            ?? tenant.Site.Locale;
        var payload = JsonSerializer.Serialize(new Dictionary<string, string>(mail.Values) { ["site_name"] = tenant.Site.SiteName });
        RenderedMessage rendered;
        try
        {
            rendered = services.GetRequiredService<MessageRenderer>().Render(templates.For(mail.Event, ChannelNames.Email, locale), payload, locale,
                tenant.Site.DefaultCurrency, html: true);
        }
        catch (TemplateRenderException e)
        {
            TemplateFailed(logger, e, tenant.Name, mail.Event);
            rendered = new RenderedMessage(mail.Subject, "", mail.Body);
        }
        await DeliverAsync(mail.Event, mail.To, mail.UserId, locale, rendered, cancellationToken);
    }

    /// <param name="message">An empty body sends the text alone.</param>
    private async Task DeliverAsync(string eventName, string to, string? userId, string locale, RenderedMessage message, CancellationToken cancellationToken)
    {
        // Mail wants CRLF, and the pickup folder keeps the text as written.
        var text = (message.Text ?? "").ReplaceLineEndings("\r\n");
        if (!tenant.IsFeatureEnabled(Manifest.MessagingFeature))
        {
            await fallback.SendAsync(to, message.Subject ?? "", text, cancellationToken);
            return;
        }
        var settings = await services.GetRequiredService<MessagingSettingsStore>().GetAsync(cancellationToken);
        string? fellBack = null;
        if (settings.SmtpHost is null) await fallback.SendAsync(to, message.Subject ?? "", text, cancellationToken);
        else
        {
            try
            {
                using var client = new SmtpClient { Timeout = 30_000 };
                await EmailChannel.ConnectAsync(client, settings, services.GetRequiredService<MessagingSettingsStore>().Unprotect(settings.SmtpPasswordProtected), cancellationToken);
                await client.SendAsync(EmailChannel.Compose(tenant, settings, to, message with { Text = text }), cancellationToken);
                await client.DisconnectAsync(quit: true, cancellationToken);
            }
            catch (Exception e) when (e is MailKit.CommandException || EmailChannel.Unreachable(e))
            {
                SmtpFailed(logger, e, tenant.Name, settings.SmtpHost);
                await fallback.SendAsync(to, message.Subject ?? "", text, cancellationToken);
                var reason = $"SMTP {settings.SmtpHost}: {e.Message}";
                fellBack = $"{(reason.Length > 1900 ? reason[..1900] : reason)} The e-mail is in the marketplace's pickup folder instead.";
            }
        }
        try
        {
            await LogAsync(eventName, to, userId, locale, message.Subject, fellBack, cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // The e-mail is out: a log line that could not be written must not fail the person's request.
            LogFailed(logger, e, tenant.Name, eventName);
        }
    }

    private async Task LogAsync(string eventName, string to, string? userId, string locale, string? subject, string? fellBack, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<MessagingDbContext>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var message = new OutboxMessage
        {
            Event = eventName, IdempotencyKey = $"{eventName}:{Guid.CreateVersion7():N}:{to.ToLowerInvariant()}:{ChannelNames.Email}", Channel = ChannelNames.Email,
            Recipient = userId ?? $"email:{to.ToLowerInvariant()}", Party = AccountParty, Address = to, Locale = locale, PayloadJson = "{}",
            State = OutboxState.Sent, Attempts = 1, Subject = subject is { Length: > 500 } ? subject[..500] : subject, LastError = fellBack, CreatedAt = now, SentAt = now,
        };
        db.Outbox.Add(message);
        if (fellBack is not null) db.Attempts.Add(new DeliveryAttempt { MessageId = message.Id, Number = 1, Outcome = "Pickup", Error = fellBack, At = now });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    [LoggerMessage(LogLevel.Warning, "The SMTP server {SmtpHost} of tenant {TenantName} did not take an account e-mail; it is in the pickup folder")]
    private static partial void SmtpFailed(ILogger logger, Exception exception, string tenantName, string smtpHost);

    [LoggerMessage(LogLevel.Warning, "The {Event} e-mail of tenant {TenantName} went out but could not be written to the delivery log")]
    private static partial void LogFailed(ILogger logger, Exception exception, string tenantName, string @event);

    [LoggerMessage(LogLevel.Warning, "The {Event} template of tenant {TenantName} failed; the account e-mail went out in the module's own words")]
    private static partial void TemplateFailed(ILogger logger, Exception exception, string tenantName, string @event);
}
