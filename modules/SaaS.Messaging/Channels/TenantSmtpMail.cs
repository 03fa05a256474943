using MailKit.Net.Smtp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using SaaS.Messaging.Settings;
using SaaS.Tenants;

namespace SaaS.Messaging.Channels;

/// <summary>
/// Account e-mails (password-reset codes, invitations, application drafts) go out at once, while the person waits:
/// through the marketplace's own SMTP server when messaging is on and one is set, else as before (the pickup folder).
/// An SMTP server that refuses or cannot be reached leaves the e-mail in the pickup folder, logged, rather than failing
/// the person's request.
/// </summary>
public sealed partial class TenantSmtpMail(ITenant tenant, IServiceProvider services, IMail fallback, ILogger<TenantSmtpMail> logger) : IMail
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        if (!tenant.IsFeatureEnabled(Manifest.MessagingFeature))
        {
            await fallback.SendAsync(to, subject, body, cancellationToken);
            return;
        }
        var store = services.GetRequiredService<MessagingSettingsStore>();
        var settings = await store.GetAsync(cancellationToken);
        if (settings.SmtpHost is null)
        {
            await fallback.SendAsync(to, subject, body, cancellationToken);
            return;
        }
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
        message.From.Add(new MailboxAddress(settings.FromName ?? tenant.Site.SiteName, settings.FromAddress ?? $"no-reply@{tenant.Name}.local"));
        message.To.Add(MailboxAddress.Parse(to));
        try
        {
            using var client = new SmtpClient { Timeout = 30_000 };
            await EmailChannel.ConnectAsync(client, settings, store.Unprotect(settings.SmtpPasswordProtected), cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is MailKit.ProtocolException or MailKit.CommandException or IOException or System.Net.Sockets.SocketException
            or MailKit.Security.AuthenticationException or MailKit.Security.SslHandshakeException or TimeoutException)
        {
            SmtpFailed(logger, e, tenant.Name, settings.SmtpHost);
            await fallback.SendAsync(to, subject, body, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The SMTP server {SmtpHost} of tenant {TenantName} did not take an account e-mail; it is in the pickup folder")]
    private static partial void SmtpFailed(ILogger logger, Exception exception, string tenantName, string smtpHost);
}
