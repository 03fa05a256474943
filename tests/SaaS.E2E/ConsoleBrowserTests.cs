using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task The_operator_launches_a_marketplace_from_a_recipe_and_opens_its_storefront_and_admin()
    {
        var page = await SignedInOperatorAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "开通新市场" }).First.ClickAsync();

        Assert.Contains("ZKH", await page.Locator("label.recipe", new() { HasText = "Industrial MRO supplies" }).InnerTextAsync());
        await page.Locator("label.recipe", new() { HasText = "Industrial MRO supplies" }).ClickAsync();
        await page.GetByLabel("名称", new() { Exact = true }).FillAsync("Bad Name");
        await page.GetByLabel("管理员邮箱").FillAsync("ops@console.cn");
        await page.GetByLabel("管理员密码").FillAsync("weak");
        await page.GetByRole(AriaRole.Button, new() { Name = "开通", Exact = true }).ClickAsync();
        Assert.Contains("^[a-z][a-z0-9-]{1,39}$", await page.Locator("#name-error").InnerTextAsync());
        Assert.Contains("at least 10 characters", await page.Locator("#adminPassword-error").InnerTextAsync());

        await page.GetByLabel("名称", new() { Exact = true }).FillAsync("console-mro");
        await page.GetByLabel("站点名称").FillAsync("控制台开通的市场");
        await page.GetByLabel("管理员密码").FillAsync(SaaSHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "开通", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console/launches/"));
        await page.Locator("#outcome .message").WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("migrating", await page.Locator("#steps").InnerTextAsync());
        await page.Locator("#outcome a", new() { HasText = "console-mro" }).ClickAsync();
        Assert.Equal("控制台开通的市场", await page.TitleAsync());

        await page.GotoAsync("/console");
        Assert.Equal("运行中", await page.Locator("tr[data-tenant=console-mro] .state").InnerTextAsync());
    }

    [Fact]
    public async Task Deleting_asks_for_the_name_first()
    {
        await browser.LaunchAsync("console-doomed", "blank", "Doomed");
        var page = await SignedInOperatorAsync();
        await page.Locator("tr[data-tenant=console-doomed]").GetByRole(AriaRole.Link, new() { Name = "删除" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "删除 console-doomed" }).ClickAsync();
        Assert.Contains("console-doomed", await page.Locator(".error").InnerTextAsync());

        await page.GetByLabel(new Regex("输入名称以确认")).FillAsync("console-doomed");
        await page.GetByRole(AriaRole.Button, new() { Name = "删除 console-doomed" }).ClickAsync();
        Assert.Contains("delete done", await page.Locator(".message").InnerTextAsync());
        Assert.Equal(0, await page.Locator("tr[data-tenant=console-doomed]").CountAsync());
    }

    [Fact]
    public async Task The_console_needs_the_operator_account_not_a_tenant_admin()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/console");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console/login"));
        await page.GetByLabel("邮箱").FillAsync("admin@example.com");
        await page.GetByLabel("密码").FillAsync(SaaSHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Equal("邮箱或密码错误。", await page.Locator(".error").InnerTextAsync());
    }

    private async Task<IPage> SignedInOperatorAsync()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/console/login");
        await page.GetByLabel("邮箱").FillAsync(SaaSHost.OperatorEmail);
        await page.GetByLabel("密码").FillAsync(SaaSHost.OperatorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/console$"));
        return page;
    }
}
