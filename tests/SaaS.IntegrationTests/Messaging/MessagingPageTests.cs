using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests.Messaging;

/// <summary>
/// The messaging pages driven as a browser drives them: the walls (signed out, signed in without ManageMessaging),
/// the template editor refusing broken Liquid at its field, a dead letter retried from the delivery log, and a
/// buyer's bell, inbox and notification settings after an order told them something.
/// </summary>
public sealed partial class MessagingPageTests(MessagingPageTests.Marketplace market) : IClassFixture<MessagingPageTests.Marketplace>
{
    private const string Tenant = "msgpages";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];

    private SaaSHost Host => market.Host;

    /// <summary>One host for the class, its dispatcher polling fast, with Orders and Messaging on and a checkout placed.</summary>
    public sealed class Marketplace : IAsyncLifetime
    {
        public const string BuyerEmail = "msg-buyer@plant.cn";

        public SaaSHost Host { get; } = SaaSHost.With(new Dictionary<string, string?> { ["SaaS:Messaging:PollInterval"] = "00:00:00.200" });

        public async Task InitializeAsync()
        {
            await Host.LaunchOrdersAsync(Tenant);
            var admin = await Host.AdminAsync(Tenant);
            await admin.PostAsync($"/{Tenant}/api/admin/features/Messaging/enable", null).OkAsync();
            var (buyer, address) = await Host.CompanyAsync(Tenant, BuyerEmail);
            // Goods of two merchants: two orders, so two messages in the buyer's inbox.
            Assert.True((await buyer.AddAsync(Tenant, await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, "MSG-M8", 100), 2)).IsSuccessStatusCode);
            Assert.True((await buyer.AddAsync(Tenant, await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, "MSG-W1", 100), 1)).IsSuccessStatusCode);
            var placed = await buyer.CheckoutAsync(Tenant, address);
            Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
            await SettledAsync(Host);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task A_webhook_whose_name_comes_to_point_inward_is_refused_at_connection_and_dead_lettered()
    {
        var admin = await Host.AdminAsync(Tenant);
        var created = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/messaging/webhooks", new { url = "http://erp-rebound.invalid/hooks", events = new[] { "order.cancelled" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endpoint").GetProperty("id").GetGuid();
        // Its name now resolves to this machine (DNS rebinding), as the loopback literal stands for here.
        await Host.TenantSqlAsync(Tenant, $"UPDATE WebhookEndpoints SET Url = 'http://127.0.0.1:9/hooks' WHERE Id = '{id.ToString().ToUpperInvariant()}'");

        await using (var scope = Host.Services.GetRequiredService<SaaS.Tenants.IActiveTenants>().CreateScope(Tenant)!.Value)
        {
            await scope.ServiceProvider.GetRequiredService<SaaS.Messaging.Outbox.Notifier>().NotifyAsync(new SaaS.Messaging.Outbox.Occurrence(
                "order.cancelled", $"rebound-{Run}", new Dictionary<string, object?>(), new SaaS.Messaging.Outbox.Parties(), new Dictionary<string, string>()), CancellationToken.None);
        }
        var key = $"order.cancelled:rebound-{Run}:webhook:{id}:webhook";
        for (var i = 0; i < 100 && (string?)await Host.TenantScalarAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE IdempotencyKey = '{key}'") != "Dead"; i++) await Task.Delay(200);
        Assert.Equal("Dead", await Host.TenantScalarAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE IdempotencyKey = '{key}'"));
        Assert.Contains("private address", (string)(await Host.TenantScalarAsync(Tenant, $"SELECT LastError FROM OutboxMessages WHERE IdempotencyKey = '{key}'"))!);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_users_without_ManageMessaging_are_refused()
    {
        var anonymous = Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var page in new[] { "/admin/messaging", "/admin/messaging/deliveries", "/admin/messaging/templates/order.placed", "/admin/messaging/settings", "/account/messages", "/account/notifications" })
        {
            var away = await anonymous.GetAsync($"/{Tenant}{page}");
            Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
            Assert.Contains("/account/login", away.Headers.Location!.OriginalString);
        }

        var support = await SupportAsync();
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync($"/{Tenant}/admin")).StatusCode);
        foreach (var page in new[] { "/admin/messaging", "/admin/messaging/deliveries", "/admin/messaging/sms", "/admin/messaging/settings", "/admin/messaging/templates/order.placed" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await support.GetAsync($"/{Tenant}{page}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(support, $"/{Tenant}/account", $"/{Tenant}/admin/messaging/deliveries/retry-dead", [])).StatusCode);
        Assert.DoesNotContain("/admin/messaging\"", await support.GetStringAsync($"/{Tenant}/admin"));
    }

    [Fact]
    public async Task A_template_with_broken_liquid_is_refused_at_its_field_and_a_good_one_is_previewed_saved_and_reset()
    {
        var admin = await AdminBrowserAsync();
        var editor = $"/{Tenant}/admin/messaging/templates/order.shipped?channel=email&locale=zh-CN";
        var page = await admin.GetStringAsync(editor);
        Assert.Contains("class=\"preview-body\" sandbox", page);
        Assert.Contains("8D4B1A07", page);

        var broken = await SubmitAsync(admin, editor, editor, new() { ["subject"] = "已发货", ["body"] = "<p>{% if order.number %}没有结束", ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var refused = await broken.Content.ReadAsStringAsync();
        Assert.Matches("<p id=\"body-error\" class=\"field-error\" data-field=\"body\">Liquid error: [^<]+</p>", refused);
        Assert.Contains("没有结束</textarea>", refused);
        Assert.Contains("value=\"已发货\"", refused);

        var sms = $"/{Tenant}/admin/messaging/templates/order.shipped?channel=sms&locale=zh-CN";
        var tooLong = await SubmitAsync(admin, sms, sms, new() { ["body"] = new string('长', 300), ["intent"] = "preview" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Matches("<p id=\"body-error\" class=\"field-error\" data-field=\"body\">[^<]*5 parts", await tooLong.Content.ReadAsStringAsync());

        var preview = await SubmitAsync(admin, editor, editor, new() { ["subject"] = "订单 {{ order.number }} 已发货", ["body"] = "<p>运单 {{ order.number }}-check</p>", ["intent"] = "preview" });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewed = await preview.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"preview-subject\">订单 8D4B1A07 已发货</span>", previewed);
        Assert.Contains("&lt;p&gt;运单 8D4B1A07-check&lt;/p&gt;", previewed);

        var saved = await SubmitAsync(admin, editor, editor, new() { ["subject"] = "订单 {{ order.number }} 已发货", ["body"] = "<p>运单 {{ order.number }}-check</p>", ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var api = await Host.AdminAsync(Tenant);
        var stored = await api.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/templates/order.shipped/email/zh-CN");
        Assert.True(stored.GetProperty("custom").GetBoolean());
        Assert.Equal("<p>运单 {{ order.number }}-check</p>", stored.GetProperty("body").GetString());
        Assert.Contains("badge on template-state", await admin.GetStringAsync(saved.Headers.Location!.OriginalString));

        var reset = await SubmitAsync(admin, editor, $"/{Tenant}/admin/messaging/templates/order.shipped/reset?channel=email&locale=zh-CN", []);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await api.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/messaging/templates/order.shipped/email/zh-CN")).GetProperty("custom").GetBoolean());
    }

    [Fact]
    public async Task The_operator_retries_a_dead_letter_from_the_delivery_log_and_a_second_retry_is_refused()
    {
        var dead = (string)(await Host.TenantScalarAsync(Tenant, "SELECT Id FROM OutboxMessages WHERE Channel = 'email' AND Party <> 'account' ORDER BY Id LIMIT 1"))!;
        Assert.Equal(1, await Host.TenantSqlAsync(Tenant, $"UPDATE OutboxMessages SET State = 'Dead', LastError = 'SMTP 550: mailbox unavailable' WHERE Id = '{dead}'"));
        var id = Guid.Parse(dead).ToString();
        var admin = await AdminBrowserAsync();

        var overview = await admin.GetStringAsync($"/{Tenant}/admin/messaging");
        Assert.Contains("data-state=\"Dead\" data-count=\"1\"", overview);
        Assert.Contains($"action=\"/{Tenant}/admin/messaging/rules/order.placed\"", overview);
        var log = $"/{Tenant}/admin/messaging/deliveries?state=Dead";
        var deadLetters = await admin.GetStringAsync(log);
        Assert.Contains($"data-message=\"{id}\" data-state=\"Dead\"", deadLetters);
        Assert.Contains("SMTP 550: mailbox unavailable", deadLetters);
        Assert.Contains($"action=\"/{Tenant}/admin/messaging/deliveries/{id}/retry\"", deadLetters);
        Assert.Contains($"action=\"/{Tenant}/admin/messaging/deliveries/retry-dead\"", deadLetters);

        var retried = await SubmitAsync(admin, log, $"/{Tenant}/admin/messaging/deliveries/{id}/retry", []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.StartsWith($"/{Tenant}/admin/messaging/deliveries/{id}?message=", retried.Headers.Location!.OriginalString);
        Assert.NotEqual("Dead", await Host.TenantScalarAsync(Tenant, $"SELECT State FROM OutboxMessages WHERE Id = '{dead}'"));
        await SettledAsync(Host);
        var detail = await admin.GetStringAsync($"/{Tenant}/admin/messaging/deliveries/{id}");
        Assert.Contains("data-state=\"Sent\"", detail);
        Assert.Contains("class=\"attempts\"", detail);

        // No dead letter is left to offer a form: the token of the overview's forms does.
        var again = await SubmitAsync(admin, $"/{Tenant}/admin/messaging", $"/{Tenant}/admin/messaging/deliveries/{id}/retry", []);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("class=\"error retry-error\"", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_buyer_sees_the_unread_count_in_the_header_marks_a_message_read_and_the_count_drops()
    {
        var buyer = await SignedInAsync(Host, Tenant, Marketplace.BuyerEmail, CompanyBuyers.Password);
        var unread = Unread(await buyer.GetStringAsync($"/{Tenant}/"));
        Assert.True(unread >= 2, $"the two orders told the buyer of {unread}");

        var inbox = await buyer.GetStringAsync($"/{Tenant}/account/messages");
        Assert.Contains("class=\"inbox-item unread\"", inbox);
        var first = InboxMessage().Match(inbox).Groups["id"].Value;
        var read = await SubmitAsync(buyer, $"/{Tenant}/account/messages", $"/{Tenant}/account/messages/{first}/read", []);
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var after = await buyer.GetStringAsync(read.Headers.Location!.OriginalString);
        Assert.Equal(unread - 1, Unread(after));
        Assert.Contains($"data-message=\"{first}\" data-read=\"true\"", after);

        // Someone else cannot mark it, nor learn it exists.
        await Host.CompanyAsync(Tenant, $"msg-stranger-{Run}@plant.cn");
        var stranger = await SignedInAsync(Host, Tenant, $"msg-stranger-{Run}@plant.cn", CompanyBuyers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(stranger, $"/{Tenant}/account", $"/{Tenant}/account/messages/{first}/read", [])).StatusCode);
        Assert.Equal(0, Unread(await stranger.GetStringAsync($"/{Tenant}/")));
        // A signed-out visitor has no messages, so no bell.
        Assert.DoesNotContain($"href=\"/{Tenant}/account/messages\"", await Host.Anonymous().GetStringAsync($"/{Tenant}/"));

        var all = await SubmitAsync(buyer, $"/{Tenant}/account/messages", $"/{Tenant}/account/messages/read-all", []);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, Unread(await buyer.GetStringAsync($"/{Tenant}/")));

        var admin = await AdminBrowserAsync();
        Assert.Contains($"class=\"header-link\" href=\"/{Tenant}/account/messages\"", await admin.GetStringAsync($"/{Tenant}/admin/messaging/sms"));
    }

    [Fact]
    public async Task Notification_settings_refuse_a_bad_number_at_its_field_and_keep_essential_events_on()
    {
        var email = $"msg-prefs-{Run}@plant.cn";
        await Host.BuyerAsync(Tenant, email);
        var user = await SignedInAsync(Host, Tenant, email, CompanyBuyers.Password);
        var page = $"/{Tenant}/account/notifications";
        var form = await user.GetStringAsync(page);
        Assert.Matches("name=\"want\" value=\"order.shipped:sms\" checked disabled", form);

        var bad = await SubmitAsync(user, page, page, new() { ["locale"] = "en", ["phone"] = "13812345678", ["want"] = "order.delivered:email" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.Contains("<p id=\"phone-error\" class=\"field-error\">", refused);
        Assert.Contains("value=\"13812345678\"", refused);

        var saved = await SubmitAsync(user, page, page, new() { ["locale"] = "en", ["phone"] = "+8613812345678", ["want"] = "order.delivered:email" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var shown = await user.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("value=\"&#x2B;8613812345678\"", shown);
        Assert.Contains("name=\"want\" value=\"order.delivered:email\" checked", shown);
        Assert.DoesNotContain("name=\"want\" value=\"order.delivered:inbox\" checked", shown);
    }

    [Fact]
    public async Task Channel_settings_are_refused_at_their_fields_and_a_new_webhook_shows_its_secret_once()
    {
        var admin = await AdminBrowserAsync();
        var page = $"/{Tenant}/admin/messaging/settings";
        var bad = await SubmitAsync(admin, page, page, new()
        {
            ["smtpHost"] = "smtp.example.com", ["smtpPort"] = "70000", ["smtpTls"] = "StartTls", ["fromAddress"] = "not-an-address",
            ["emailPerSecond"] = "10", ["smsPerSecond"] = "1", ["webhookPerSecond"] = "5",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var refused = await bad.Content.ReadAsStringAsync();
        Assert.Contains("<p id=\"smtpPort-error\" class=\"field-error\">", refused);
        Assert.Contains("<p id=\"fromAddress-error\" class=\"field-error\">", refused);
        Assert.Contains("value=\"smtp.example.com\"", refused);

        // The marketplace's operator cannot point this host at its own network.
        foreach (var inward in new[] { "http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://169.254.169.254/latest/meta-data", "http://[::1]/hooks" })
        {
            var refusedHook = await SubmitAsync(admin, page, $"/{Tenant}/admin/messaging/webhooks", new() { ["url"] = inward, ["events"] = "order.placed" });
            Assert.Equal(HttpStatusCode.BadRequest, refusedHook.StatusCode);
            Assert.Contains("private address", await refusedHook.Content.ReadAsStringAsync());
        }
        var created = await SubmitAsync(admin, page, $"/{Tenant}/admin/messaging/webhooks", new() { ["url"] = "https://erp.example.com/hooks", ["events"] = "order.placed" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var secret = Regex.Match(await created.Content.ReadAsStringAsync(), "class=\"created-secret\">(?<secret>whsec_[^<]+)<").Groups["secret"].Value;
        Assert.NotEmpty(secret);
        Assert.DoesNotContain(secret, await admin.GetStringAsync(page));
    }

    private async Task<HttpClient> AdminBrowserAsync() => await SignedInAsync(Host, Tenant, "admin@example.com", SaaSHost.AdminPassword);

    /// <summary>Someone in the admin (a role with AccessAdmin only), made on the roles and users pages as an operator would.</summary>
    private async Task<HttpClient> SupportAsync()
    {
        var admin = await AdminBrowserAsync();
        var role = $"Support{Run}";
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, $"/{Tenant}/admin/roles", $"/{Tenant}/admin/roles", new() { ["name"] = role })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, $"/{Tenant}/admin/roles", $"/{Tenant}/admin/roles/{role}", new() { ["permissions"] = "AccessAdmin" })).StatusCode);
        var email = $"support-{Run}@example.com";
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, $"/{Tenant}/admin/users", $"/{Tenant}/admin/users/invite", new() { ["email"] = email, ["roles"] = role })).StatusCode);
        await Host.AcceptInvitationAsync(Tenant, email, "Support-Pass-2026");
        return await SignedInAsync(Host, Tenant, email, "Support-Pass-2026");
    }

    /// <summary>Waits until the dispatcher has delivered everything queued (the inbox within about a second).</summary>
    private static async Task SettledAsync(SaaSHost host)
    {
        for (var i = 0; i < 150; i++)
        {
            var pending = Convert.ToInt64(await host.TenantScalarAsync(Tenant, "SELECT COUNT(*) FROM OutboxMessages WHERE State <> 'Sent' AND State <> 'Dead'"));
            var messages = Convert.ToInt64(await host.TenantScalarAsync(Tenant, "SELECT COUNT(*) FROM OutboxMessages"));
            if (messages > 0 && pending == 0) return;
            await Task.Delay(100);
        }
        Assert.Fail("the dispatcher did not deliver the queued messages in 15 s");
    }

    private static int Unread(string html)
    {
        var link = HeaderBell().Match(html);
        Assert.True(link.Success, "no messages link in the header");
        return link.Groups["count"].Success ? int.Parse(link.Groups["count"].Value) : 0;
    }

    [GeneratedRegex("""class="header-link" href="/msgpages/account/messages">[^<]*(?:<span class="count">(?<count>\d+)</span>)?</a>""")]
    private static partial Regex HeaderBell();

    [GeneratedRegex("""class="inbox-item unread" data-message="(?<id>[0-9a-f-]{36})" """)]
    private static partial Regex InboxMessage();
}
