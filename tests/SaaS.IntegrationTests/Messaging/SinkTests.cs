using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SaaS.Testing;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace SaaS.IntegrationTests.Messaging;

/// <summary>The local SMTP and Twilio stand-ins, driven by the real MailKit and Twilio clients the product sends with.</summary>
public sealed class SinkTests : IDisposable
{
    private const string MessagingService = "MGfa4e0000000000000000000000000001";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SmtpSink sink = SmtpSink.Start();
    private readonly FakeTwilio twilio = new();

    [Fact]
    public async Task Smtp_sink_keeps_the_messages_MailKit_sends_in_order()
    {
        var first = Mail("Order SO-1 confirmed", "Thank you for your order.");
        first.MessageId = "order-so-1@marketplace.test";

        await SendAsync(first, Mail("Order SO-1 shipped", "Your parcel is on its way."));

        var received = await sink.WaitForAsync(2, Patience);
        Assert.Equal(["Order SO-1 confirmed", "Order SO-1 shipped"], received.Select(m => m.Subject));
        Assert.Equal("order-so-1@marketplace.test", received[0].MessageId);
        Assert.Equal("Your parcel is on its way.", received[1].TextBody?.Trim());
        Assert.Equal("buyer@example.test", received[0].To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Stopped_smtp_sink_refuses_connections_and_restarts_on_the_same_port()
    {
        await SendAsync(Mail("Before", "sent while up"));
        var port = sink.Port;

        sink.Stop();
        await Assert.ThrowsAnyAsync<SocketException>(() => SendAsync(Mail("During", "sent while down")));

        sink.Restart();
        await SendAsync(Mail("After", "sent once back"));

        Assert.Equal(port, sink.Port);
        Assert.Equal(["Before", "After"], (await sink.WaitForAsync(2, Patience)).Select(m => m.Subject));
    }

    [Fact]
    public async Task Stalled_message_dropped_by_the_smtp_sink_is_answered_451_and_not_stored()
    {
        sink.StallAfter(1);
        using var client = await ConnectAsync();
        await client.SendAsync(Mail("Accepted", "first"));

        var held = client.SendAsync(Mail("Held", "second"));
        await sink.WaitUntilStalledAsync(Patience);
        Assert.False(held.IsCompleted);
        sink.DropStalled();

        var refusal = await Assert.ThrowsAsync<SmtpCommandException>(() => held);
        Assert.Equal(451, (int)refusal.StatusCode);
        await client.SendAsync(Mail("Retried", "second again"));
        Assert.Equal(["Accepted", "Retried"], (await sink.WaitForAsync(2, Patience)).Select(m => m.Subject));
    }

    [Fact]
    public async Task Unstalled_message_is_stored_and_answered()
    {
        sink.StallAfter(0);
        var held = SendAsync(Mail("Slow", "held, then accepted"));
        await sink.WaitUntilStalledAsync(Patience);
        Assert.Empty(sink.Messages);

        sink.Unstall();

        await held;
        Assert.Equal("Slow", Assert.Single(sink.Messages).Subject);
    }

    [Fact]
    public async Task Smtp_sink_requiring_credentials_refuses_a_wrong_password_and_an_anonymous_sender()
    {
        sink.RequireAuth("mailer", "s3cret");

        using var client = await ConnectAsync();
        Assert.Contains("PLAIN", client.AuthenticationMechanisms);
        await Assert.ThrowsAsync<MailKit.Security.AuthenticationException>(() => client.AuthenticateAsync("mailer", "wrong"));
        await Assert.ThrowsAsync<MailKit.ServiceNotAuthenticatedException>(() => client.SendAsync(Mail("Anonymous", "no credentials")));

        await client.AuthenticateAsync("mailer", "s3cret");
        await client.SendAsync(Mail("Authenticated", "with credentials"));
        Assert.Equal("Authenticated", Assert.Single(await sink.WaitForAsync(1, Patience)).Subject);
    }

    [Fact]
    public async Task Twilio_client_sends_an_sms_through_the_fake_twilio()
    {
        var sms = await MessageResource.CreateAsync(
            to: new PhoneNumber("+8613800138000"), from: new PhoneNumber("+15005550006"), body: "Your order SO-1 has shipped.", client: TwilioClient());

        Assert.Matches("^SM[0-9a-f]{32}$", sms.Sid);
        Assert.Equal(MessageResource.StatusEnum.Queued, sms.Status);
        Assert.Equal(("+8613800138000", "+15005550006", "1"), (sms.To, sms.From.ToString(), sms.NumSegments));
        Assert.Equal(new SentSms(FakeTwilio.AccountSid, "+8613800138000", "+15005550006", null, "Your order SO-1 has shipped."), Assert.Single(twilio.Messages));
    }

    [Fact]
    public async Task Fake_twilio_refuses_a_wrong_auth_token_as_twilio_does()
    {
        var refusal = await Assert.ThrowsAsync<ApiException>(() => MessageResource.CreateAsync(
            to: new PhoneNumber("+8613800138000"), messagingServiceSid: MessagingService, body: "Hello", client: TwilioClient(authToken: "stolen")));

        Assert.Equal((401, 20003), (refusal.Status, refusal.Code));
        Assert.Empty(twilio.Messages);
    }

    [Fact]
    public async Task Fake_twilio_fails_the_next_sends_with_the_status_asked_for()
    {
        twilio.FailNext(1, 503);

        var failure = await Assert.ThrowsAsync<ApiException>(() => SendSmsAsync("first try"));
        await SendSmsAsync("second try");

        Assert.Equal(503, failure.Status);
        Assert.Equal(new SentSms(FakeTwilio.AccountSid, "+8613800138000", null, MessagingService, "second try"), Assert.Single(twilio.Messages));
    }

    [Fact]
    public async Task Fake_twilio_refuses_an_sms_without_a_body_as_twilio_does()
    {
        var refusal = await Assert.ThrowsAsync<ApiException>(() => SendSmsAsync(""));

        Assert.Equal((400, 21602), (refusal.Status, refusal.Code));
        Assert.Empty(twilio.Messages);
    }

    public void Dispose()
    {
        sink.Dispose();
        twilio.Dispose();
    }

    private Task<MessageResource> SendSmsAsync(string body) =>
        MessageResource.CreateAsync(to: new PhoneNumber("+8613800138000"), messagingServiceSid: MessagingService, body: body, client: TwilioClient());

    /// <summary>The real Twilio client, its requests to api.twilio.com sent to the fake instead.</summary>
    private TwilioRestClient TwilioClient(string authToken = FakeTwilio.AuthToken) =>
        new(FakeTwilio.AccountSid, authToken, httpClient: new Twilio.Http.SystemNetHttpClient(new HttpClient(new TwilioBaseAddressHandler(new Uri(twilio.Url)))));

    private async Task<SmtpClient> ConnectAsync()
    {
        var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", sink.Port, SecureSocketOptions.None);
        return client;
    }

    private async Task SendAsync(params MimeMessage[] messages)
    {
        using var client = await ConnectAsync();
        foreach (var message in messages) await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }

    private static MimeMessage Mail(string subject, string body) => new(
        [new MailboxAddress("Marketplace", "noreply@marketplace.test")], [new MailboxAddress("Buyer", "buyer@example.test")], subject, new TextPart("plain") { Text = body });
}
