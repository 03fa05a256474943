using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;
using SaaS.Messaging.Settings;
using SaaS.Messaging.Templates;
using SaaS.Tenants;

namespace SaaS.Messaging.Channels;

/// <summary>
/// E-mail through the marketplace's SMTP server (MailKit), one connection per session; without one, .eml files in
/// the tenant's Mail folder, named by message so a retry replaces rather than repeats. Every message carries a
/// Message-ID made from its outbox id, so a copy re-sent after a crash is recognisably the same message.
/// </summary>
public sealed class EmailChannel : IMessageChannel
{
    public string Name => ChannelNames.Email;

    public async Task<IChannelSession> OpenAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var store = tenantServices.GetRequiredService<MessagingSettingsStore>();
        var settings = await store.GetAsync(cancellationToken);
        return new Session(tenantServices.GetRequiredService<ITenant>(), settings, store.Unprotect(settings.SmtpPasswordProtected));
    }

    /// <summary>
    /// The message as it goes out: the sender the settings name, HTML with its text alternative (the text alone when
    /// the HTML is empty). An outbox message carries its own Message-ID and idempotency key, so a copy re-sent after a
    /// crash is recognisably the same.
    /// </summary>
    /// <exception cref="ParseException"><paramref name="to"/> is not an address.</exception>
    public static MimeMessage Compose(ITenant tenant, MessagingSettings settings, string to, RenderedMessage rendered, OutboxMessage? outbox = null)
    {
        var message = new MimeMessage
        {
            Subject = rendered.Subject ?? "",
            Body = rendered.Body.Length == 0
                ? new TextPart("plain") { Text = rendered.Text ?? "" }
                : new BodyBuilder { HtmlBody = rendered.Body, TextBody = rendered.Text }.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress(settings.FromName ?? tenant.Site.SiteName, settings.FromAddress ?? $"no-reply@{tenant.Name}.local"));
        message.To.Add(MailboxAddress.Parse(to));
        if (outbox is not null)
        {
            message.MessageId = $"{outbox.Id:N}@{tenant.Name}.messages";
            message.Headers.Add("X-Idempotency-Key", outbox.IdempotencyKey);
        }
        return message;
    }

    /// <summary>The server could not be reached or spoke no sense: worth another try later, unlike an answer refusing the message.</summary>
    public static bool Unreachable(Exception e) =>
        e is SmtpProtocolException or IOException or System.Net.Sockets.SocketException or SslHandshakeException or AuthenticationException or TimeoutException;

    /// <summary>Connects (with the TLS mode the settings name) and signs in when they name a user.</summary>
    public static async Task ConnectAsync(SmtpClient client, MessagingSettings settings, string? password, CancellationToken cancellationToken)
    {
        var security = settings.SmtpTls switch
        {
            SmtpTls.None => SecureSocketOptions.None,
            SmtpTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security, cancellationToken);
        if (settings.SmtpUser is not null) await client.AuthenticateAsync(settings.SmtpUser, password ?? "", cancellationToken);
    }

    private sealed class Session(ITenant tenant, MessagingSettings settings, string? password) : IChannelSession
    {
        private SmtpClient? client;

        public bool InDatabase => false;

        public async Task<string?> DeliverAsync(OutboxMessage message, RenderedMessage rendered, CancellationToken cancellationToken)
        {
            MimeMessage mime;
            try
            {
                mime = Compose(tenant, settings, message.Address, rendered, message);
            }
            catch (ParseException e)
            {
                throw new ChannelException($"{message.Address} is not an e-mail address: {e.Message}", permanent: true, e);
            }
            if (settings.SmtpHost is null) return await PickUpAsync(message, mime, cancellationToken);
            try
            {
                var smtp = await ConnectedAsync(cancellationToken);
                return await smtp.SendAsync(mime, cancellationToken);
            }
            catch (SmtpCommandException e)
            {
                await DropAsync();
                // 5xx answers (a mailbox that does not exist) will not change by retrying; 4xx ones may.
                throw new ChannelException($"SMTP {(int)e.StatusCode}: {e.Message}", permanent: (int)e.StatusCode >= 500, e);
            }
            catch (Exception e) when (Unreachable(e))
            {
                await DropAsync();
                throw new ChannelException($"SMTP server {settings.SmtpHost}:{settings.SmtpPort}: {e.Message}", permanent: false, e);
            }
        }

        private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
        {
            if (client is { IsConnected: true }) return client;
            client ??= new SmtpClient { Timeout = 30_000 };
            await ConnectAsync(client, settings, password, cancellationToken);
            return client;
        }

        private async Task<string?> PickUpAsync(OutboxMessage message, MimeMessage mime, CancellationToken cancellationToken)
        {
            var folder = Path.Combine(tenant.FilesPath, "Mail");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{DateTimeOffset.FromUnixTimeMilliseconds(message.CreatedAt):yyyyMMddHHmmssfff}-{message.Id:N}.eml");
            var partial = file + ".partial";
            await mime.WriteToAsync(partial, cancellationToken);
            File.Move(partial, file, overwrite: true);
            return Path.GetFileName(file);
        }

        private async Task DropAsync()
        {
            if (client is null) return;
            try
            {
                if (client.IsConnected) await client.DisconnectAsync(quit: false);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                // The connection is already gone; the next message opens a new one.
            }
            client.Dispose();
            client = null;
        }

        public async ValueTask DisposeAsync()
        {
            if (client is { IsConnected: true })
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception e) when (e is IOException or SmtpProtocolException or System.Net.Sockets.SocketException)
                {
                    // Everything was sent; a QUIT that fails loses nothing.
                }
            }
            client?.Dispose();
        }
    }
}
