using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;
using Xunit.Abstractions;

namespace SaaS.E2E;

/// <summary>
/// A bank transfer (对公转账) in the browser: the buyer checks out by bank transfer, reads where to remit and the code
/// to write on the transfer, submits the remittance with a photo of the slip; the operator checks it on the transfer
/// desk and confirms what the bank statement shows; the buyer's orders are paid.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BankTransferBrowserTests(BrowserHost browser, ITestOutputHelper output)
{
    private const string Tenant = "e2e-transfer";
    private const string Password = "Plant-Buyer-2026";
    private const string Bolt = "HZ-BOL-001-1";
    private const string Account = "工品直采平台有限公司 招商银行苏州分行 5129 0000 1234 567";

    /// <summary>A tiny but real PNG: what a phone photo of a slip is, as far as its first bytes say.</summary>
    private static readonly byte[] Slip = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_buyer_remits_by_bank_transfer_with_a_slip_and_the_operator_confirms_it_so_the_orders_are_paid()
    {
        await browser.LaunchAsync(Tenant, "industrial-mro", "工品直采 Transfer");
        var adminApi = browser.Http(await browser.AdminTokenAsync(Tenant));
        foreach (var feature in new[] { "Orders", "Payments" })
        {
            var enabled = await adminApi.PostAsync($"/{Tenant}/api/admin/features/{feature}/enable", null);
            Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
        }
        var settings = await adminApi.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { remittanceAccount = Account });
        Assert.True(settings.IsSuccessStatusCode, await settings.Content.ReadAsStringAsync());

        var buyerApi = await browser.BuyerCompanyAsync(Tenant, "transfer@plant-journey.cn", Password, "91320585MA1TRF001");
        var quick = await buyerApi.PostAsJsonAsync($"/{Tenant}/api/cart/quick", new { lines = $"{Bolt}, 10" });
        Assert.True(quick.IsSuccessStatusCode, await quick.Content.ReadAsStringAsync());
        var buyer = await browser.SignInAsync(Tenant, "transfer@plant-journey.cn", Password, "/checkout");
        await buyer.GetByRole(AriaRole.Radio, new() { Name = "对公转账" }).CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交订单" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/{Tenant}/pay/checkout/[0-9a-f-]{{36}}\\?notice=placed$"));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "去付款" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/{Tenant}/pay/[0-9a-f-]{{36}}$"));
        var paymentId = buyer.Url.Split('/')[^1];

        // The page says where to remit, how much, and the code to write on the transfer.
        await Assertions.Expect(buyer.Locator(".remittance-account")).ToHaveTextAsync(Account);
        await Assertions.Expect(buyer.Locator(".transfer-due")).ToHaveTextAsync("¥255.80");
        await Assertions.Expect(buyer.Locator(".reference-code")).ToHaveTextAsync(new Regex("^BT[A-Z2-9]{8}$"));
        await ShotAsync(buyer, "buyer-instructions");

        // Submitted without the bank's serial number, the form says so at the field and keeps the rest.
        await buyer.Locator("#slip").SetInputFilesAsync(new FilePayload { Name = "回单.png", MimeType = "image/png", Buffer = Slip });
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交汇款信息" }).ClickAsync();
        await Assertions.Expect(buyer.Locator("#reference-error")).ToContainTextAsync("serial number");
        await Assertions.Expect(buyer.Locator("#amount")).ToHaveValueAsync("255.80");
        await buyer.Locator("#reference").FillAsync("CMB20260315000123");
        await buyer.Locator("#slip").SetInputFilesAsync(new FilePayload { Name = "回单.png", MimeType = "image/png", Buffer = Slip });
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交汇款信息" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/{Tenant}/pay/{paymentId}$"));
        await Assertions.Expect(buyer.Locator(".remittance-state")).ToHaveTextAsync("审核中");
        await Assertions.Expect(buyer.Locator("h1 .badge")).ToHaveTextAsync("等待平台确认");
        await ShotAsync(buyer, "buyer-remittance-submitted");

        // The operator finds it on the transfer desk with its slip, and confirms what the bank statement shows.
        var admin = await browser.SignInAsync(Tenant, "admin@example.com", SaaSHost.AdminPassword, "/admin/payments/transfers");
        var row = admin.Locator($"tr[data-payment='{paymentId}']");
        await Assertions.Expect(row.Locator(".remittance-reference")).ToHaveTextAsync("CMB20260315000123");
        await Assertions.Expect(row.Locator("input[name=receivedAmount]")).ToHaveValueAsync("255.80");
        var slip = await admin.APIRequest.GetAsync(await row.GetByRole(AriaRole.Link, new() { Name = "查看回单" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(Slip, await slip.BodyAsync());
        await ShotAsync(admin, "admin-transfer-desk");
        await row.Locator("input[name=bankReference]").FillAsync("CMB-STMT-0315-01");
        await row.GetByRole(AriaRole.Button, new() { Name = "确认到账" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/admin/payments/transfers\\?message="));
        await Assertions.Expect(admin.Locator(".message")).ToHaveTextAsync("转账已确认。");
        await Assertions.Expect(admin.Locator($"tr[data-payment='{paymentId}']")).ToHaveCountAsync(0);
        await ShotAsync(admin, "admin-transfer-confirmed");

        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.Locator("h1")).ToContainTextAsync("已付款");
        await Assertions.Expect(buyer.Locator(".remittance-state")).ToHaveTextAsync("平台已确认");
        await buyer.GotoAsync($"/{Tenant}/orders");
        await Assertions.Expect(buyer.Locator("tr[data-order] .order-state")).ToHaveTextAsync(["已付款"]);
        await ShotAsync(buyer, "buyer-orders-paid");
    }

    private async Task ShotAsync(IPage page, string name)
    {
        Assert.Equal(0, await page.Locator(".template-error").CountAsync());
        var file = Path.Combine(BrowserHost.ScreenshotFolder(), $"transfer-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine(file);
    }
}
