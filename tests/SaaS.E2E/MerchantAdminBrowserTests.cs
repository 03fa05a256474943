using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class MerchantAdminBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task The_operator_records_a_deposit_suspends_and_reinstates_a_merchant_and_publishes_a_new_agreement()
    {
        await browser.LaunchAsync("e2e-merchants", "industrial-mro", "商家管理测试");
        var page = await browser.SignInAsync("e2e-merchants", "admin@example.com", SaaSHost.AdminPassword, "/admin/merchants");
        Assert.Equal(5, await page.Locator("tr[data-merchant]").CountAsync());
        await page.GetByLabel("搜索").FillAsync("91440300MA5F6G7H8B");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-merchant]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "深圳精密工具有限公司" }).ClickAsync();
        await Assertions.Expect(page.Locator(".deposit-state")).ToHaveTextAsync("已缴清");

        await page.GetByLabel("类型").SelectOptionAsync("Refund");
        await page.GetByLabel("金额").FillAsync("999999");
        await page.GetByLabel("凭证号").FillAsync("REFUND-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("would take out more than that");
        await page.GetByLabel("类型").SelectOptionAsync("Refund");
        await page.GetByLabel("金额").FillAsync("4000");
        await page.GetByLabel("凭证号").FillAsync("REFUND-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Assertions.Expect(page.Locator(".deposit-state")).ToHaveTextAsync("部分退还");
        await Assertions.Expect(page.Locator("[data-blocker='deposit']")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "暂停经营" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error")).ToContainTextAsync("Say why");
        await page.GetByLabel("暂停原因").FillAsync("资质抽检未通过");
        await page.GetByRole(AriaRole.Button, new() { Name = "暂停经营" }).ClickAsync();
        await Assertions.Expect(page.Locator(".merchant-status")).ToHaveTextAsync("已暂停");
        await Assertions.Expect(page.Locator("[data-blocker='suspended']")).ToContainTextAsync("资质抽检未通过");
        await page.GetByRole(AriaRole.Button, new() { Name = "恢复经营" }).ClickAsync();
        await Assertions.Expect(page.Locator(".merchant-status")).ToHaveTextAsync("正常");

        await page.GotoAsync("/e2e-merchants/admin/merchant-terms");
        await Assertions.Expect(page.Locator("h2 .badge")).ToHaveTextAsync("版本 1");
        await page.GetByLabel("正文").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布协议" }).ClickAsync();
        await Assertions.Expect(page.Locator("#body + .error")).ToContainTextAsync("needs its text");
        await page.GetByLabel("正文").FillAsync("第二版：新增质量保证条款。");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布协议" }).ClickAsync();
        await Assertions.Expect(page.Locator("h2 .badge")).ToHaveTextAsync("版本 2");

        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync("/e2e-merchants/merchants");
        await shopper.GetByRole(AriaRole.Link, new() { Name = "量具" }).ClickAsync();
        await Assertions.Expect(shopper.Locator(".shop-card")).ToHaveCountAsync(1);
        await shopper.GetByRole(AriaRole.Link, new() { Name = "深圳精密工具有限公司" }).ClickAsync();
        await Assertions.Expect(shopper.Locator(".shop-meta")).ToContainTextAsync("广东省深圳市宝安区");

        await page.GotoAsync("/e2e-merchants/admin/audit?q=merchant");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("merchant.suspended");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("merchant.reinstated");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("audit"));
    }
}
