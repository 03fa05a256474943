using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Outbox;
using SaaS.Tenants;
using SaaS.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SaaS.IntegrationTests.Messaging;

/// <summary>
/// Business events become messages through the real channels: e-mail by MailKit to an SMTP server on loopback, SMS
/// by the Twilio client to its stand-in, the in-site inbox, and signed webhooks; each reaches the event's parties only.
/// </summary>
public sealed class MessagingTests() : MessagingMarketplace("msgs")
{

    [Fact]
    public async Task An_order_tells_its_buyer_and_its_merchant_on_their_channels_and_nobody_else()
    {
        var buyerEmail = $"buyer-{Run}@plant.cn";
        var (buyer, orderId) = await OrderAsync(buyerEmail, $"MS-A-{Run}", phone: "+8613800138000");
        var number = orderId.ToString("N")[^8..].ToUpperInvariant();
        var tools = await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var fasteners = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);

        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)) is { Count: > 0 } all && all.All(m => m.State == "Sent"), "order.placed sent");
        var placed = await MessagesAsync("order.placed", orderId);
        var buyerId = await UserIdAsync(buyerEmail);
        var toolsId = await UserIdAsync(OrderMarketplace.ToolsOwner);
        Assert.Equal(
            [("email", buyerEmail), ("email", OrderMarketplace.FastenersOwner), ("inbox", "buyer"), ("inbox", "merchant")],
            placed.Select(m => (m.Channel, m.Channel == "email" ? m.Address : m.Address == buyerId ? "buyer" : "merchant")).Order().ToList());
        Assert.DoesNotContain(placed, m => m.Address == OrderMarketplace.ToolsOwner || m.Address == toolsId);

        await Smtp.WaitForAsync(2, TimeSpan.FromSeconds(20));
        var toMerchant = Assert.Single(Smtp.Messages, m => m.To.ToString() == OrderMarketplace.FastenersOwner && (m.Subject ?? "").Contains(number));
        Assert.Equal($"新订单 {number}", toMerchant.Subject);
        Assert.Contains("¥50.00", toMerchant.HtmlBody);
        Assert.Contains($"/{Tenant}/merchant/orders/{orderId}", toMerchant.HtmlBody);
        Assert.Contains($"/{Tenant}/merchant/orders/{orderId}", toMerchant.TextBody);
        Assert.Single(Smtp.Messages, m => m.To.ToString() == buyerEmail && (m.Subject ?? "").Contains(number));
        Assert.DoesNotContain(Smtp.Messages, m => m.To.ToString() == OrderMarketplace.ToolsOwner);

        var merchantInbox = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/inbox");
        var item = merchantInbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == $"新订单 {number}");
        Assert.True(merchantInbox.GetProperty("unread").GetInt32() >= 1);
        Assert.DoesNotContain((await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/inbox")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("title").GetString()!.Contains(number));
        // One's inbox item is nobody else's: the buyer cannot mark the merchant's message read.
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.PostAsync($"/{Tenant}/api/inbox/{item.GetProperty("id").GetString()}/read", null)).StatusCode);
        var read = await fasteners.PostAsync($"/{Tenant}/api/inbox/{item.GetProperty("id").GetString()}/read", null);
        Assert.True(read.IsSuccessStatusCode);
        Assert.Equal(merchantInbox.GetProperty("unread").GetInt32() - 1, (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/inbox")).GetProperty("unread").GetInt32());

        // Paid, then shipped in full: the buyer hears of the shipment by e-mail, SMS (Twilio) and inbox.
        await Host.PayAsync(Tenant, orderId);
        var desk = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{orderId}");
        var lineId = desk.GetProperty("lines")[0].GetProperty("id").GetString();
        var shipped = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{orderId}/shipments",
            new { carrier = "SF", trackingNumber = $"SF{Run}", items = new[] { new { lineId, quantity = 4 } } });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.shipped", orderId)) is { Count: 3 } all && all.All(m => m.State == "Sent"), "order.shipped sent");
        var sms = Assert.Single(Twilio.Messages, s => s.Body.Contains(number));
        Assert.Equal("+8613800138000", sms.To);
        Assert.Equal(TwilioFrom, sms.From);
        Assert.Equal(FakeTwilio.AccountSid, sms.AccountSid);
        Assert.Contains($"订单 {number}", sms.Body);
        Assert.Equal(["email", "inbox"], (await MessagesAsync("order.paid", orderId)).Where(m => m.Address != buyerId).Select(m => m.Channel).Order().ToList());
        Assert.DoesNotContain(Twilio.Messages, s => s.To != "+8613800138000");
    }

    [Fact]
    public async Task Another_marketplaces_people_never_read_this_ones_inbox_in_either_direction()
    {
        const string other = "msgs-other";
        await Host.LaunchOrdersAsync(other);
        var otherAdmin = Host.WithToken(await Host.LoginAsync($"/{other}", "admin@example.com"));
        Assert.True((await otherAdmin.PostAsync($"/{other}/api/admin/features/Messaging/enable", null)).IsSuccessStatusCode);
        var here = await Host.BuyerAsync(Tenant, $"wall-{Run}@plant.cn");
        var there = await Host.BuyerAsync(other, $"wall-{Run}@plant.cn");
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync($"/{Tenant}/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync($"/{other}/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await here.GetAsync($"/{other}/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await there.GetAsync($"/{Tenant}/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await here.GetAsync($"/{other}/api/admin/messaging/deliveries")).StatusCode);
    }

    [Fact]
    public async Task With_smtp_down_e_mails_wait_and_retry_and_arrive_once_when_it_is_back()
    {
        Smtp.Stop();
        var buyerEmail = $"down-{Run}@plant.cn";
        var (_, orderId) = await OrderAsync(buyerEmail, $"MS-D-{Run}");
        try
        {
            await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).Where(m => m.Channel == "email").All(m => m.State == "Retrying" && m.Error!.Contains("SMTP")),
                "e-mails retrying with the SMTP error");
            // The inbox does not wait for SMTP: it is delivered while the server is still down.
            await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).Where(m => m.Channel == "inbox").All(m => m.State == "Sent"),
                "the inbox messages delivered with SMTP down");
            Assert.Equal(2, (await MessagesAsync("order.placed", orderId)).Count(m => m.Channel == "inbox"));
            await Task.Delay(1500);
            Assert.True((long)(await Host.TenantScalarAsync(Tenant, $"SELECT MAX(Attempts) FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.placed:{orderId}:%'"))! >= 2);
        }
        finally
        {
            Smtp.Restart();
        }
        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).All(m => m.State == "Sent"), "e-mails sent once SMTP is back");
        await Task.Delay(1000);
        var number = orderId.ToString("N")[^8..].ToUpperInvariant();
        var received = Smtp.Messages.Where(m => (m.Subject ?? "").Contains(number)).ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal(2, received.Select(m => m.MessageId).Distinct().Count());
        var attempts = await Host.TenantRowsAsync(Tenant,
            $"SELECT a.Outcome, a.Error FROM DeliveryAttempts a JOIN OutboxMessages m ON m.Id = a.MessageId WHERE m.IdempotencyKey LIKE 'order.placed:{orderId}:%' AND m.Channel = 'email'");
        Assert.NotEmpty(attempts);
        Assert.All(attempts, a => Assert.Equal("Failed", a[0]));
    }

    [Fact]
    public async Task A_template_that_fails_to_render_dead_letters_its_messages_the_order_stands_and_a_retry_after_the_fix_delivers()
    {
        var now = DateTimeOffset.UtcNow.ToString("O");
        await Host.TenantSqlAsync(Tenant, "INSERT INTO MessageTemplates (Id, Event, Channel, Locale, Subject, Body, Text, UpdatedUtc, UpdatedBy) VALUES " +
            $"('{Guid.NewGuid().ToString().ToUpperInvariant()}', 'order.placed', 'email', 'zh-CN', '订单 {{{{ order.number }}}}', " +
            $"'{{% for i in (1..1000) %}}{{% for j in (1..1000) %}}{{{{ j }}}}{{% endfor %}}{{% endfor %}}', NULL, '{now}', 'an old import')");
        var buyerEmail = $"broken-{Run}@plant.cn";
        var (buyer, orderId) = await OrderAsync(buyerEmail, $"MS-T-{Run}");

        Assert.Equal("PendingPayment", await buyer.OrderStateAsync(Tenant, orderId));
        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).Where(m => m.Channel == "email").All(m => m.State == "Dead"),
            "e-mails dead-lettered");
        var dead = (await MessagesAsync("order.placed", orderId)).Where(m => m.Channel == "email").ToList();
        Assert.Equal(2, dead.Count);
        Assert.All(dead, m => Assert.Contains("zh-CN email template of order.placed failed", m.Error));
        // The inbox's own template is fine: its messages arrive.
        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).Where(m => m.Channel == "inbox").All(m => m.State == "Sent"),
            "the inbox messages delivered");

        var admin = await AdminAsync();
        var log = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/deliveries?state=Dead&event=order.placed");
        Assert.True(log.GetProperty("counts").GetProperty("Dead").GetInt32() >= 2);
        var letter = log.GetProperty("messages").EnumerateArray().First(m => m.GetProperty("address").GetString() == buyerEmail);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/deliveries/{letter.GetProperty("id").GetString()}");
        Assert.Equal("Dead", detail.GetProperty("attempts")[0].GetProperty("outcome").GetString());
        // Only dead letters are retried by hand.
        var sent = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/deliveries?state=Sent")).GetProperty("messages")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/{Tenant}/api/admin/messaging/deliveries/{sent}/retry", null)).StatusCode);

        Assert.True((await admin.DeleteAsync($"/{Tenant}/api/admin/messaging/templates/order.placed/email/zh-CN")).IsSuccessStatusCode);
        var retried = await admin.PostAsync($"/{Tenant}/api/admin/messaging/deliveries/retry-dead", null);
        Assert.True((await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requeued").GetInt32() >= 2);
        await Eventually.HoldsAsync(async () => (await MessagesAsync("order.placed", orderId)).All(m => m.State == "Sent"), "dead letters sent after the fix");
        var number = orderId.ToString("N")[^8..].ToUpperInvariant();
        Assert.Single(Smtp.Messages, m => m.To.ToString() == buyerEmail && m.Subject == $"新订单 {number}");
    }

    [Fact]
    public async Task Template_edits_are_checked_before_they_are_saved_and_previewed_against_the_sample()
    {
        var admin = await AdminAsync();
        var path = $"/{Tenant}/api/admin/messaging/templates/order.shipped";
        var broken = await admin.PutAsJsonAsync($"{path}/email/en", new { subject = "Shipped {{ order.number", body = "<p>x</p>" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("subject", (await broken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var runaway = await admin.PutAsJsonAsync($"{path}/sms/en", new { body = "{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, runaway.StatusCode);
        var tooLong = await admin.PutAsJsonAsync($"{path}/sms/zh-CN", new { body = string.Concat(Enumerable.Repeat("订单 {{ order.number }} 已发货。", 30)) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("parts", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Tenant}/api/admin/messaging/templates/order.teleported/email/en")).StatusCode);

        var preview = await admin.PostAsJsonAsync($"{path}/email/en/preview", new { subject = "Order {{ order.number }} left", body = "<b>{{ company.name }}</b>" });
        var shown = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Order 8D4B1A07 left", shown.GetProperty("subject").GetString());
        Assert.Equal("<b>苏州精工机械有限公司</b>", shown.GetProperty("body").GetString());

        var saved = await admin.PutAsJsonAsync($"{path}/email/en", new { subject = "Your order {{ order.number }} is on its way", body = "<p>{{ merchant.name }} shipped it.</p>", text = "Shipped." });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var stored = await admin.GetFromJsonAsync<JsonElement>($"{path}/email/en");
        Assert.True(stored.GetProperty("custom").GetBoolean());
        Assert.Equal("Your order {{ order.number }} is on its way", stored.GetProperty("subject").GetString());
        var reset = await (await admin.DeleteAsync($"{path}/email/en")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(reset.GetProperty("custom").GetBoolean());

        // Operators only.
        var buyer = await Host.BuyerAsync(Tenant, $"nosy-{Run}@plant.cn");
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync($"{path}/email/en")).StatusCode);
    }

    [Fact]
    public async Task Webhooks_carry_the_event_signed_with_the_endpoints_secret()
    {
        using var receiver = WireMockServer.Start("http://127.0.0.1:0");
        receiver.Given(Request.Create().WithPath("/erp").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        var admin = await AdminAsync();
        var bad = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/messaging/webhooks", new { url = "ftp://erp", events = new[] { "order.teleported" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var created = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/messaging/webhooks", new { url = $"{receiver.Url}/erp", events = new[] { "order.placed" }, description = "ERP" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var endpoint = await created.Content.ReadFromJsonAsync<JsonElement>();
        var secret = endpoint.GetProperty("secret").GetString()!;
        Assert.DoesNotContain(secret, await admin.GetStringAsync($"/{Tenant}/api/admin/messaging/webhooks"));

        var (_, orderId) = await OrderAsync($"hook-{Run}@plant.cn", $"MS-W-{Run}");
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.LogEntries.Any(e => e.RequestMessage.Body!.Contains(orderId.ToString()))), "the webhook delivered");
        var delivery = receiver.LogEntries.Single(e => e.RequestMessage.Body!.Contains(orderId.ToString())).RequestMessage;
        var timestamp = long.Parse(delivery.Headers!["X-Timestamp"][0]);
        Assert.Equal(WebhookChannel.Signature(secret, timestamp, delivery.Body!), delivery.Headers["X-Signature"][0]);
        Assert.NotEqual(WebhookChannel.Signature("whsec_wrong", timestamp, delivery.Body!), delivery.Headers["X-Signature"][0]);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp, 0, 60);
        Assert.Equal("order.placed", delivery.Headers["X-Event"][0]);
        var body = JsonDocument.Parse(delivery.Body!).RootElement;
        Assert.Equal(Tenant, body.GetProperty("tenant").GetString());
        Assert.Equal(orderId.ToString(), body.GetProperty("data").GetProperty("order").GetProperty("id").GetString());
        Assert.Equal(delivery.Headers["X-Delivery-Id"][0], body.GetProperty("id").GetString());
        // Events the endpoint did not subscribe to are not posted.
        Assert.DoesNotContain(receiver.LogEntries, e => e.RequestMessage.Headers!["X-Event"][0] != "order.placed");
    }

    [Fact]
    public async Task The_same_occurrence_told_twice_queues_its_messages_once_and_opt_outs_hold_for_non_essential_events_only()
    {
        var buyerEmail = $"pref-{Run}@plant.cn";
        var (buyer, orderId) = await OrderAsync(buyerEmail, $"MS-P-{Run}");
        var essential = await buyer.PutAsJsonAsync($"/{Tenant}/api/messaging/preferences", new { optOut = new[] { new { @event = "order.shipped", channel = "email" } } });
        Assert.Equal(HttpStatusCode.BadRequest, essential.StatusCode);
        Assert.Contains("optOut.order.shipped", await essential.Content.ReadAsStringAsync());
        var badPhone = await buyer.PutAsJsonAsync($"/{Tenant}/api/messaging/preferences", new { phone = "138 0013 8000" });
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        var optOut = await buyer.PutAsJsonAsync($"/{Tenant}/api/messaging/preferences", new { optOut = new[] { new { @event = "order.delivered", channel = "inbox" } } });
        Assert.True(optOut.IsSuccessStatusCode, await optOut.Content.ReadAsStringAsync());
        var shown = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/messaging/preferences");
        var delivered = shown.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "order.delivered");
        Assert.False(delivered.GetProperty("channels").GetProperty("inbox").GetBoolean());

        var userId = await UserIdAsync(buyerEmail);
        var occurrence = new Occurrence("order.cancelled", $"{orderId}:twice", new Dictionary<string, object?> { ["order"] = new Dictionary<string, object?> { ["number"] = "X" } },
            new Parties(BuyerUserId: userId), new Dictionary<string, string>());
        await NotifyAsync(occurrence);
        await NotifyAsync(occurrence);
        Assert.Equal(2L, await Host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.cancelled:{orderId}:twice:%'"));
        await NotifyAsync(occurrence with { Event = "order.delivered", Key = $"{orderId}:opted-out" });
        Assert.Equal(0L, await Host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.delivered:{orderId}:opted-out:%'"));
    }

    [Fact]
    public async Task Account_e_mails_go_through_the_marketplaces_smtp_server_in_its_own_words_once_it_has_them()
    {
        var email = $"forgot-{Run}@plant.cn";
        await Host.BuyerAsync(Tenant, email);
        var asked = await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/forgotPassword", new { email });
        Assert.True(asked.IsSuccessStatusCode, await asked.Content.ReadAsStringAsync());
        var reset = Assert.Single(Smtp.Messages, m => m.To.ToString() == email);
        Assert.EndsWith("：重置密码", reset.Subject);
        Assert.Equal("noreply@mro.example.cn", reset.From.Mailboxes.Single().Address);
        var code = (reset.TextBody ?? "").ReplaceLineEndings("\n").Split('\n').Last(l => l.Trim().Length > 0).Trim();
        Assert.Contains($"/{Tenant}/account/reset-password?email=", reset.HtmlBody);
        var pickup = Path.Combine(Host.AppData, "Sites", Tenant, "Mail");
        Assert.False(Directory.Exists(pickup) && Directory.GetFiles(pickup, "*.eml").Any(f => File.ReadAllText(f).Contains($"To: {email}")));
        var changed = await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/resetPassword", new { email, resetCode = code, newPassword = "Reset-By-Mail-2026" });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());

        // The operator words it anew; the next code goes out in those words.
        var admin = await AdminAsync();
        var saved = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/messaging/templates/account.password-reset/email/zh-CN",
            new { subject = "【{{ site_name }}】找回密码", body = "<p>验证码：{{ code }}</p>", text = "验证码：\n\n{{ code }}" });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Tenant}/api/admin/messaging/templates/account.password-reset/sms/zh-CN")).StatusCode);
        await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/forgotPassword", new { email });
        var again = Smtp.Messages.Where(m => m.To.ToString() == email).Last();
        Assert.EndsWith("】找回密码", again.Subject);
        Assert.StartsWith("验证码：", again.TextBody);

        // The person reads English: their next code comes in the English words.
        var person = Host.WithToken(await Host.LoginAsync($"/{Tenant}", email, "Reset-By-Mail-2026"));
        var english = await person.PutAsJsonAsync($"/{Tenant}/api/messaging/preferences", new { locale = "en" });
        Assert.True(english.IsSuccessStatusCode, await english.Content.ReadAsStringAsync());
        await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/forgotPassword", new { email });
        Assert.StartsWith("Reset your password at ", Smtp.Messages.Where(m => m.To.ToString() == email).Last().Subject);

        // The delivery log lists each code sent, by whom and when, never the code itself.
        var logged = await Host.TenantRowsAsync(Tenant,
            $"SELECT State, Party, PayloadJson, Subject, LastError FROM OutboxMessages WHERE Event = 'account.password-reset' AND Address = '{email}' ORDER BY Id");
        Assert.Equal(3, logged.Count);
        Assert.All(logged, row => Assert.Equal(("Sent", "account", "{}"), ((string)row[0], (string)row[1], (string)row[2])));
        Assert.Equal("Reset your password at ", ((string)logged[2][3])[..23]);
        Assert.DoesNotContain(logged, row => ((string)row[3]).Contains(code));
        var found = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/deliveries?recipient={Uri.EscapeDataString(email.ToUpperInvariant()[..10])}");
        Assert.Equal(3, found.GetProperty("total").GetInt32());
        Assert.All(found.GetProperty("messages").EnumerateArray(), m => Assert.Equal(email, m.GetProperty("address").GetString()));

        // With the SMTP server gone the code still reaches the person (the pickup folder), and the log says so.
        Smtp.Stop();
        try
        {
            Assert.True((await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/forgotPassword", new { email })).IsSuccessStatusCode);
        }
        finally
        {
            Smtp.Restart();
        }
        var fellBack = (string?)await Host.TenantScalarAsync(Tenant,
            $"SELECT LastError FROM OutboxMessages WHERE Event = 'account.password-reset' AND Address = '{email}' ORDER BY Id DESC LIMIT 1");
        Assert.Contains("pickup folder", fellBack);
        Assert.Contains("Reset your password at", Host.MailTo(Tenant, email));

        // A log line that cannot be written does not cost the person their code.
        await Host.TenantSqlAsync(Tenant, "CREATE TRIGGER refuse_account_log BEFORE INSERT ON OutboxMessages WHEN NEW.Party = 'account' BEGIN SELECT RAISE(ABORT, 'log refused'); END");
        try
        {
            var before = Smtp.Messages.Count(m => m.To.ToString() == email);
            Assert.True((await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/forgotPassword", new { email })).IsSuccessStatusCode);
            Assert.Equal(before + 1, Smtp.Messages.Count(m => m.To.ToString() == email));
        }
        finally
        {
            await Host.TenantSqlAsync(Tenant, "DROP TRIGGER refuse_account_log");
        }
    }

    [Fact]
    public async Task The_vertical_recipe_brings_its_own_rules_and_wording_and_its_liquid_is_not_taken_for_recipe_parameters()
    {
        var admin = await AdminAsync();
        var sms = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/templates/order.shipped/sms/zh-CN");
        Assert.True(sms.GetProperty("custom").GetBoolean());
        Assert.Equal("【{{ site_name }}】您的订单 {{ order.number }} 已由 {{ merchant.name }} 发出，请留意收货。", sms.GetProperty("body").GetString());
        var events = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/events");
        var quoteSent = events.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "quote.sent");
        Assert.Equal(["email", "sms", "inbox"], quoteSent.GetProperty("rules")[0].GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ToList());

        var name = $"bad-messages-{Run.ToLowerInvariant()}";
        await File.WriteAllTextAsync(Path.Combine(Host.RecipesFolder, $"{name}.recipe.json"), $$"""
            { "name": "{{name}}", "displayName": "Bad messages", "description": "", "version": "1", "isSetupRecipe": false,
              "steps": [
                { "name": "notification-rules", "events": { "order.shipped": [{ "audience": "merchant-team", "channels": ["fax"] }], "order.teleported": [] } },
                { "name": "message-templates", "templates": [{ "event": "order.shipped", "channel": "email", "locale": "zh-CN", "subject": "{% if %}", "body": "x" }] } ] }
            """);
        var run = await admin.PostAsync($"/{Tenant}/api/admin/recipes/{name}/run", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, run.StatusCode);
        var errors = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains("$.steps[0].events.order.shipped[0].channels", errors);
        Assert.Contains("$.steps[0].events.order.teleported", errors);
        Assert.Contains("$.steps[1].templates[0].subject", errors);
    }

    [Fact]
    public async Task An_sms_twilio_refuses_for_a_moment_is_retried_and_one_twilio_calls_invalid_is_a_dead_letter_at_once()
    {
        var buyerEmail = $"sms-{Run}@plant.cn";
        var (_, orderId) = await OrderAsync(buyerEmail, $"MS-S-{Run}", phone: "+8613900139000");
        var userId = await UserIdAsync(buyerEmail);
        Twilio.FailNext(1, 503);
        var shipped = new Occurrence("order.shipped", $"{orderId}:retry", new Dictionary<string, object?>
        {
            ["order"] = new Dictionary<string, object?> { ["number"] = "RETRY01" }, ["merchant"] = new Dictionary<string, object?> { ["name"] = "华东" },
        }, new Parties(BuyerUserId: userId), new Dictionary<string, string>());
        await NotifyAsync(shipped);
        await Eventually.HoldsAsync(async () => (string?)await Host.TenantScalarAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.shipped:{orderId}:retry:%:sms'") == "Sent",
            "the SMS sent on its second attempt");
        Assert.Equal(2L, await Host.TenantScalarAsync(Tenant, $"SELECT Attempts FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.shipped:{orderId}:retry:%:sms'"));
        Assert.Single(Twilio.Messages, s => s.Body.Contains("RETRY01"));

        Twilio.FailNext(1, 400);
        await NotifyAsync(shipped with { Key = $"{orderId}:refused" });
        await Eventually.HoldsAsync(async () => (string?)await Host.TenantScalarAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.shipped:{orderId}:refused:%:sms'") == "Dead",
            "the refused SMS dead-lettered without retrying");
        Assert.Equal(1L, await Host.TenantScalarAsync(Tenant, $"SELECT Attempts FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.shipped:{orderId}:refused:%:sms'"));
        Assert.Contains("Twilio 400", (string)(await Host.TenantScalarAsync(Tenant, $"SELECT LastError FROM OutboxMessages WHERE IdempotencyKey LIKE 'order.shipped:{orderId}:refused:%:sms'"))!);
    }

    [Fact]
    public async Task An_order_awaiting_approval_reaches_its_merchant_only_once_approved_and_a_partial_shipment_is_told_as_such()
    {
        var adminEmail = $"approvals-{Run}@plant.cn";
        var approverEmail = $"approver-{Run}@plant.cn";
        var skuId = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"MS-AP-{Run}", stock: 500, tiers: (1, 12.50m));
        var (admin, address) = await Host.CompanyAsync(Tenant, adminEmail);
        var companyId = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine")).GetProperty("id").GetString();
        var invited = await admin.PostAsJsonAsync($"/{Tenant}/api/companies/{companyId}/members", new { email = approverEmail, role = "Approver" });
        Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        // The invitation came through the marketplace's SMTP server in its template's words; its last line is the code that sets a password.
        var invitation = Assert.Single(Smtp.Messages, m => m.To.ToString() == approverEmail && m.Headers[Idempotency] is null);
        Assert.EndsWith(" 邀请您加入", invitation.Subject);
        Assert.Contains("身份加入", invitation.TextBody);
        Assert.Contains($"/{Tenant}/account/reset-password?email=", invitation.HtmlBody);
        var code = (invitation.TextBody ?? "").ReplaceLineEndings("\n").Split('\n').Last(l => l.Trim().Length > 0).Trim();
        var chosen = await Host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/resetPassword", new { email = approverEmail, resetCode = code, newPassword = "Approver-Pass-2026" });
        Assert.True(chosen.IsSuccessStatusCode, await chosen.Content.ReadAsStringAsync());
        var approver = Host.WithToken(await Host.LoginAsync($"/{Tenant}", approverEmail, "Approver-Pass-2026"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/{Tenant}/api/company/order-rules", new { approvalThreshold = 100m })).StatusCode);
        var fastenersId = await UserIdAsync(OrderMarketplace.FastenersOwner);

        async Task<Guid> PlaceAsync()
        {
            Assert.True((await admin.AddAsync(Tenant, skuId, 20)).IsSuccessStatusCode);
            var order = (await (await admin.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0];
            Assert.Equal("PendingApproval", order.GetProperty("state").GetString());
            return order.GetProperty("id").GetGuid();
        }
        async Task<IReadOnlyList<string>> SentToAsync(string eventName, Guid orderId)
        {
            var messages = await MessagesAsync(eventName, orderId);
            return messages.All(m => m.State == "Sent") ? messages.Select(m => $"{m.Channel}:{m.Address}").Order().ToList() : [];
        }

        // Placed above the threshold: the buyer and the company's approvers hear of it, the merchant does not yet.
        var orderId = await PlaceAsync();
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.awaiting-approval", orderId)).Contains($"email:{approverEmail}"), "approvers told");
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.placed", orderId)).Count == 2, "the buyer told of the order");
        Assert.Equal(["email:" + adminEmail, "inbox:" + await UserIdAsync(adminEmail)], await SentToAsync("order.placed", orderId));

        var approved = await approver.PostAsync($"/{Tenant}/api/orders/{orderId}/approve", null);
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.placed", orderId)).Count == 4, "the merchant told once the order is approved");
        Assert.Contains($"email:{OrderMarketplace.FastenersOwner}", await SentToAsync("order.placed", orderId));
        Assert.Contains($"inbox:{fastenersId}", await SentToAsync("order.placed", orderId));
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.approved", orderId)).Count == 2, "the buyer told of the approval");
        Assert.Contains($"email:{adminEmail}", await SentToAsync("order.approved", orderId));
        var number = orderId.ToString("N")[^8..].ToUpperInvariant();
        await Eventually.HoldsAsync(() => Task.FromResult(Smtp.Messages.Any(m => m.Subject == $"订单 {number} 已通过审批")), "the approval e-mail");
        Assert.Single(Smtp.Messages, m => m.To.ToString() == OrderMarketplace.FastenersOwner && m.Subject == $"新订单 {number}");

        // Half shipped, then the rest: the buyer hears of each.
        await Host.PayAsync(Tenant, orderId);
        var fasteners = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var lineId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{orderId}")).GetProperty("lines")[0].GetProperty("id").GetString();
        foreach (var part in new[] { "A", "B" })
        {
            var shipped = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{orderId}/shipments",
                new { carrier = "SF", trackingNumber = $"SF{Run}{part}", items = new[] { new { lineId, quantity = 10 } } });
            Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        }
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.partially-shipped", orderId)).Count == 2, "the partial shipment told");
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.shipped", orderId)).Count == 2, "the full shipment told");
        Assert.Single(Smtp.Messages, m => m.To.ToString() == adminEmail && m.Subject == $"订单 {number} 部分发货");

        // Rejected before approval: the buyer hears, the merchant never knew of it and is not told.
        var rejectedId = await PlaceAsync();
        var rejected = await approver.PostAsJsonAsync($"/{Tenant}/api/orders/{rejectedId}/reject", new { reason = "Over budget" });
        Assert.True(rejected.IsSuccessStatusCode, await rejected.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await SentToAsync("order.cancelled", rejectedId)).Count > 0, "the rejection told");
        Assert.DoesNotContain(await MessagesAsync("order.cancelled", rejectedId), m => m.Address == fastenersId || m.Address == OrderMarketplace.FastenersOwner);
        Assert.DoesNotContain(await MessagesAsync("order.placed", rejectedId), m => m.Address == fastenersId || m.Address == OrderMarketplace.FastenersOwner);
    }

    [Fact]
    public async Task A_sku_warns_its_merchant_below_its_own_low_stock_alert_and_an_alert_of_zero_never_warns()
    {
        var owner = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        async Task<HttpResponseMessage> CreateAsync(string code, int stock, int? lowStockAlert)
        {
            var request = JsonSerializer.SerializeToNode(await Host.ProductAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock, tiers: (1, 12.50m)))!;
            request["skus"]![0]!["lowStockAlert"] = lowStockAlert;
            return await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", request);
        }
        async Task<Guid> SkuAsync(string code, int stock, int? lowStockAlert)
        {
            var created = await CreateAsync(code, stock, lowStockAlert);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            Assert.True((await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/publish", null)).IsSuccessStatusCode);
            var sku = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products/{id}")).GetProperty("skus")[0];
            Assert.Equal(lowStockAlert, sku.GetProperty("lowStockAlert").ValueKind == JsonValueKind.Null ? null : sku.GetProperty("lowStockAlert").GetInt32());
            return sku.GetProperty("id").GetGuid();
        }
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await CreateAsync($"MS-NEG-{Run}", 10, -1), HttpStatusCode.BadRequest), "skus[0].lowStockAlert");

        var watched = await SkuAsync($"MS-LOW-{Run}", 120, 100);
        var quiet = await SkuAsync($"MS-NONE-{Run}", 5, 0);
        var usual = await SkuAsync($"MS-USUAL-{Run}", 50, null);
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"low-{Run}@plant.cn");
        foreach (var (sku, quantity) in new[] { (watched, 30), (quiet, 4), (usual, 30) }) Assert.True((await buyer.AddAsync(Tenant, sku, quantity)).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.Created, (await buyer.CheckoutAsync(Tenant, address)).StatusCode);

        // 120 → 90 available crosses its alert of 100; 5 → 1 with alerts off does not; 50 → 20 stays above the default 10.
        async Task<IReadOnlyList<string>> WarningsAsync(Guid skuId) =>
            (await Host.TenantRowsAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE Event = 'stock.low' AND IdempotencyKey LIKE 'stock.low:{skuId}:%'")).Select(r => (string)r[0]).ToList();
        await Eventually.HoldsAsync(async () => await WarningsAsync(watched) is { Count: > 0 } states && states.All(s => s == "Sent"), "the watched SKU's warning sent");
        Assert.Contains(Smtp.Messages, m => m.To.ToString() == OrderMarketplace.FastenersOwner && (m.Subject ?? "").Contains($"MS-LOW-{Run}"));
        Assert.Empty(await WarningsAsync(quiet));
        Assert.Empty(await WarningsAsync(usual));
    }

    [Fact]
    public async Task A_long_inbox_and_delivery_log_are_read_page_by_page_and_nothing_is_lost_between_pages()
    {
        var email = $"pages-{Run}@plant.cn";
        await Host.BuyerAsync(Tenant, email);
        var buyer = await BrowserForms.SignedInAsync(Host, Tenant, email, CompanyBuyers.Password);
        var userId = await UserIdAsync(email);
        for (var i = 0; i < 210; i++)
        {
            await NotifyAsync(new Occurrence("order.delivered", $"pages-{Run}:{i}", new Dictionary<string, object?>
            {
                ["order"] = new Dictionary<string, object?> { ["number"] = $"PG{i:000}" }, ["merchant"] = new Dictionary<string, object?> { ["name"] = "华东" },
            }, new Parties(BuyerUserId: userId), new Dictionary<string, string>()));
        }
        async Task<JsonElement> InboxAsync(string query) => await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/inbox{query}");
        await Eventually.HoldsAsync(async () => (await InboxAsync("")).GetProperty("total").GetInt32() == 210, "210 messages in the inbox");

        // Newest first, 50 to a page: five pages hold all 210 once each.
        var titles = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var inbox = await InboxAsync($"?page={page}");
            Assert.Equal((page, 5, 210), (inbox.GetProperty("page").GetInt32(), inbox.GetProperty("pages").GetInt32(), inbox.GetProperty("total").GetInt32()));
            Assert.Equal(page < 5 ? 50 : 10, inbox.GetProperty("items").GetArrayLength());
            titles.AddRange(inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!));
        }
        Assert.Equal(Enumerable.Range(0, 210).Select(i => $"PG{i:000}"), titles.Select(t => System.Text.RegularExpressions.Regex.Match(t, "PG\\d{3}").Value).Order());
        Assert.Equal(0, (await InboxAsync("?page=6")).GetProperty("items").GetArrayLength());
        foreach (var bad in new[] { "0", "-1", "two" })
        {
            Assert.Contains(bad, ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/inbox?page={bad}"), HttpStatusCode.BadRequest), "page"));
        }
        var second = await buyer.GetStringAsync($"/{Tenant}/account/messages?page=2");
        Assert.Contains($"href=\"/{Tenant}/account/messages?page=1\" rel=\"prev\"", second);
        Assert.Contains($"href=\"/{Tenant}/account/messages?page=3\" rel=\"next\"", second);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(second, "class=\"inbox-item"));
        // A page number typed by hand that is none shows the first page, saying why.
        var unreadable = await buyer.GetAsync($"/{Tenant}/account/messages?page=last");
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var shown = await unreadable.Content.ReadAsStringAsync();
        Assert.Matches("role=\"alert\">[^<]*last[^<]*is not a page", shown);
        Assert.Contains($"href=\"/{Tenant}/account/messages?page=2\" rel=\"next\"", shown);

        // The operator's delivery log: 200 to a page, the filter kept from page to page.
        var admin = await AdminAsync();
        var log = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/deliveries?event=order.delivered&page=2");
        var delivered = log.GetProperty("total").GetInt32();
        Assert.True(delivered >= 210, $"{delivered} order.delivered messages");
        Assert.Equal((2, 2), (log.GetProperty("page").GetInt32(), log.GetProperty("pages").GetInt32()));
        Assert.Equal(delivered - 200, log.GetProperty("messages").GetArrayLength());
        var operatorPage = await BrowserForms.SignedInAsync(Host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var firstPage = await operatorPage.GetStringAsync($"/{Tenant}/admin/messaging/deliveries?event=order.delivered");
        Assert.Contains($"href=\"/{Tenant}/admin/messaging/deliveries?state=&amp;channel=&amp;event=order.delivered&amp;recipient=&amp;page=2\" rel=\"next\"", firstPage);
        var unreadableLog = await operatorPage.GetAsync($"/{Tenant}/admin/messaging/deliveries?event=order.delivered&page=0");
        Assert.Equal(HttpStatusCode.BadRequest, unreadableLog.StatusCode);
        Assert.Matches("role=\"alert\">[^<]*0[^<]*is not a page", await unreadableLog.Content.ReadAsStringAsync());
    }

    private const string Idempotency = "X-Idempotency-Key";

    private async Task NotifyAsync(Occurrence occurrence)
    {
        await using var scope = Host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value;
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(occurrence, CancellationToken.None);
    }

    private async Task<string> UserIdAsync(string email) =>
        (string)(await Host.TenantScalarAsync(Tenant, $"SELECT Id FROM AspNetUsers WHERE NormalizedEmail = '{email.ToUpperInvariant()}'"))!;
}
