using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;
using Xunit.Abstractions;

namespace SaaS.E2E;

/// <summary>
/// Messaging in the browser: the operator edits a template and watches the preview follow the typing (a broken tag
/// told at its field as it is typed), then saves it; a buyer whose checkout told them of two orders sees the bell's
/// count in the header, opens the inbox, marks one read and the count drops; the operator finds the buyer's
/// messages in the delivery log by part of their address.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MessagingBrowserTests(BrowserHost browser, ITestOutputHelper output)
{
    private const string Tenant = "e2e-msg";
    private const string Password = "Plant-Buyer-2026";
    private const string BuyerEmail = "msg@plant-journey.cn";

    [Fact]
    public async Task The_operator_edits_a_template_with_a_live_preview_a_buyer_reads_the_bell_count_down_and_the_log_finds_their_messages()
    {
        await browser.LaunchAsync(Tenant, "industrial-mro", "工品直采 Msg");
        var adminApi = browser.Http(await browser.AdminTokenAsync(Tenant));
        foreach (var feature in new[] { "Orders", "Messaging" })
        {
            var enabled = await adminApi.PostAsync($"/{Tenant}/api/admin/features/{feature}/enable", null);
            Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        }

        var admin = await browser.SignInAsync(Tenant, "admin@example.com", SaaSHost.AdminPassword, "/admin/messaging");
        await Assertions.Expect(admin.Locator("form.event-rules[data-event='order.shipped']")).ToHaveCountAsync(1);
        await ShotAsync(admin, "overview");
        await admin.Locator("form.event-rules[data-event='order.shipped'] h3 a").ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/messaging/templates/order.shipped$"));
        var preview = admin.FrameLocator("iframe.preview-body").Locator("body");
        await Assertions.Expect(preview).ToContainTextAsync("8D4B1A07");

        // A tag left open is told at the field as it is typed; the finished one shows in the preview.
        var body = admin.Locator("#body");
        await body.FillAsync("<p>{% if order.number %}发货提醒");
        await Assertions.Expect(admin.Locator("#body-error")).ToContainTextAsync("Liquid");
        await body.FillAsync("<h1>发货提醒</h1><p>订单 {{ order.number }} 已交给承运商，共 {{ order.total | money }}。</p>");
        await Assertions.Expect(admin.Locator("#body-error")).ToBeHiddenAsync();
        await Assertions.Expect(preview).ToContainTextAsync("订单 8D4B1A07 已交给承运商");
        await Assertions.Expect(admin.FrameLocator("iframe.preview-body").Locator("h1")).ToHaveTextAsync("发货提醒");
        await ShotAsync(admin, "template-editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存模板" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/messaging/templates/order.shipped\\?channel=email&locale=zh-CN&message="));
        await Assertions.Expect(admin.Locator(".template-state")).ToHaveTextAsync("已自定义");
        await Assertions.Expect(admin.Locator("#body")).ToHaveValueAsync(new Regex("已交给承运商"));

        // The buyer checks out goods of two merchants: one order each, and a message in the inbox for each.
        var buyerApi = await browser.BuyerCompanyAsync(Tenant, BuyerEmail, Password, "91320585MA1MEM001");
        var quick = await buyerApi.PostAsJsonAsync($"/{Tenant}/api/cart/quick", new { lines = "HZ-BOL-001-1, 10\nSZ-WRE-001-1, 4" });
        Assert.True(quick.IsSuccessStatusCode, await quick.Content.ReadAsStringAsync());
        var address = (await buyerApi.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString();
        var placed = await buyerApi.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer" });
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await buyerApi.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/inbox")).GetProperty("unread").GetInt32() >= 2,
            "a message for each order in the buyer's inbox");

        var buyer = await browser.SignInAsync(Tenant, BuyerEmail, Password, "/account/messages");
        var bell = buyer.Locator($"a.header-link[href='/{Tenant}/account/messages'] .count");
        await Assertions.Expect(bell).ToHaveTextAsync("2");
        await Assertions.Expect(buyer.Locator(".inbox-item.unread")).ToHaveCountAsync(2);
        await ShotAsync(buyer, "inbox");
        await buyer.Locator(".inbox-item.unread").First.GetByRole(AriaRole.Button, new() { Name = "标为已读" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("/account/messages\\?notice=read$"));
        await Assertions.Expect(bell).ToHaveTextAsync("1");
        await Assertions.Expect(buyer.Locator(".inbox-item.unread")).ToHaveCountAsync(1);
        await ShotAsync(buyer, "inbox-read");

        // The operator looks up what the buyer was sent: the log keeps only their messages, and one opens with its facts.
        await admin.GotoAsync($"/{Tenant}/admin/messaging/deliveries");
        await admin.GetByLabel("收件人（邮箱或手机号）").FillAsync("PLANT-JOURNEY");
        await admin.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("recipient=PLANT-JOURNEY"));
        var rows = admin.Locator("table.deliveries tbody tr[data-message]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.All(await admin.Locator("table.deliveries td.address").AllTextContentsAsync(), address => Assert.Equal(BuyerEmail, address.Trim()));
        await Assertions.Expect(admin.GetByLabel("收件人（邮箱或手机号）")).ToHaveValueAsync("PLANT-JOURNEY");
        await ShotAsync(admin, "deliveries");
        await rows.First.Locator("a").First.ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/messaging/deliveries/[0-9a-f-]{36}$"));
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync(BuyerEmail);
    }

    private async Task ShotAsync(IPage page, string name)
    {
        Assert.Equal(0, await page.Locator(".template-error").CountAsync());
        var file = Path.Combine(BrowserHost.ScreenshotFolder(), $"messaging-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine(file);
    }
}
