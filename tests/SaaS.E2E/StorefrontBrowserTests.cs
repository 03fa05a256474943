using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class StorefrontBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task A_buyer_opens_the_storefront_registers_and_sees_the_signed_in_header()
    {
        await browser.LaunchAsync("e2e-shop", "industrial-mro", "五金工具城");
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/e2e-shop/");
        Assert.Equal("五金工具城", await page.TitleAsync());
        Assert.Equal("欢迎光临 五金工具城", (await page.Locator("main h1").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "注册账户" }).ClickAsync();
        await page.GetByLabel("电子邮箱").FillAsync("li@plant.cn");
        await page.GetByLabel("密码").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册账户" }).ClickAsync();
        Assert.Contains("at least 10 characters", await page.Locator("#password-error").InnerTextAsync());

        await page.GetByLabel("密码").FillAsync("Plant-Buyer-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册账户" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/e2e-shop/account$"));
        Assert.Equal("li@plant.cn", await page.Locator(".account-email").InnerTextAsync());
        Assert.Equal("li@plant.cn", await page.Locator(".site-header .user").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "登录" }).CountAsync());
    }

    [Fact]
    public async Task Switching_the_theme_changes_what_the_storefront_looks_like()
    {
        await browser.LaunchAsync("e2e-theme", "industrial-mro", "医药采购平台");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/e2e-theme/");
        var industrialHeader = await HeaderBackgroundAsync(page);

        var activated = await browser.Http(await browser.AdminTokenAsync("e2e-theme")).PostAsync("/e2e-theme/api/admin/themes/Clinical/activate", null);
        Assert.True(activated.IsSuccessStatusCode);
        await page.ReloadAsync();

        Assert.Equal("theme-clinical", await page.Locator("body").GetAttributeAsync("class"));
        Assert.Equal("搜索药品、器械或批准文号", await page.GetByLabel("搜索").GetAttributeAsync("placeholder"));
        Assert.Equal("rgb(31, 41, 51)", industrialHeader);
        Assert.Equal("rgb(255, 255, 255)", await HeaderBackgroundAsync(page));
    }

    [Fact]
    public async Task Signing_in_with_the_wrong_password_shows_the_message_on_the_form()
    {
        await browser.LaunchAsync("e2e-login", "blank", "Login Mart");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/e2e-login/account/login");

        await page.GetByLabel("电子邮箱").FillAsync("admin@example.com");
        await page.GetByLabel("密码").FillAsync("Not-The-Password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Equal("邮箱或密码错误。", await page.Locator(".form-error").InnerTextAsync());

        await page.GetByLabel("密码").FillAsync(SaaSHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/e2e-login/account$"));
        Assert.Contains("Administrator", await page.Locator(".account-roles").InnerTextAsync());
    }

    private static Task<string> HeaderBackgroundAsync(IPage page) =>
        page.Locator(".site-header .bar").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
