using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task The_admin_switches_the_theme_and_the_storefront_follows()
    {
        await browser.LaunchAsync("e2e-admin-theme", "industrial-mro", "后台主题测试");
        var page = await SignedInAdminAsync("e2e-admin-theme");

        await page.GetByRole(AriaRole.Link, new() { Name = "主题", Exact = true }).ClickAsync();
        Assert.Equal(["主题"], await page.Locator(".admin-nav a[aria-current=page]").AllInnerTextsAsync());
        var clinical = page.Locator("section[data-theme=Clinical]");
        Assert.Equal(1, await clinical.Locator("iframe").CountAsync());
        await clinical.GetByRole(AriaRole.Button, new() { Name = "使用此主题" }).ClickAsync();
        Assert.Contains("Clinical", await page.Locator(".message").InnerTextAsync());

        var storefront = await browser.NewPageAsync();
        await storefront.GotoAsync("/e2e-admin-theme/");
        Assert.Equal("theme-clinical", await storefront.Locator("body").GetAttributeAsync("class"));
    }

    [Fact]
    public async Task The_theme_accent_colour_is_a_setting_checked_before_it_reaches_the_css()
    {
        await browser.LaunchAsync("e2e-accent", "industrial-mro", "强调色测试");
        var page = await SignedInAdminAsync("e2e-accent");
        await page.GetByRole(AriaRole.Link, new() { Name = "主题", Exact = true }).ClickAsync();

        // A browser's colour picker cannot send CSS; a hand-made request can.
        await page.EvalOnSelectorAsync("#setting-accentColor", "e => e.type = 'text'");
        await page.FillAsync("#setting-accentColor", "red;}body{display:none");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Contains("is not a colour", await page.Locator("#setting-accentColor-error").InnerTextAsync());

        await page.FillAsync("#setting-accentColor", "#123456");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Equal("Theme settings saved.", await page.Locator(".message").InnerTextAsync());

        var storefront = await browser.NewPageAsync();
        await storefront.GotoAsync("/e2e-accent/");
        Assert.Equal("rgb(18, 52, 86)", await storefront.Locator(".search button").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    }

    [Fact]
    public async Task Overriding_a_template_is_previewed_refused_when_broken_and_then_live()
    {
        await browser.LaunchAsync("e2e-admin-tpl", "industrial-mro", "模板测试");
        var page = await SignedInAdminAsync("e2e-admin-tpl");
        await page.GetByRole(AriaRole.Link, new() { Name = "模板", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Home", Exact = true }).ClickAsync();

        await page.GetByLabel("Liquid 源码").FillAsync("<h1 class=\"promo\">{% if site.name %}限时特惠{% endif</h1>");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Matches(@"\(\d+:\d+\)", await page.Locator("#template-error").InnerTextAsync());

        await page.GetByLabel("Liquid 源码").FillAsync("<h1 class=\"promo\">限时特惠 · {{ site.name }}</h1>");
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        Assert.Equal("限时特惠 · 模板测试", await page.FrameLocator("iframe.preview").Locator("h1.promo").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var storefront = await browser.NewPageAsync();
        await storefront.GotoAsync("/e2e-admin-tpl/");
        Assert.Equal("限时特惠 · 模板测试", await storefront.Locator("h1.promo").InnerTextAsync());
    }

    [Fact]
    public async Task Disabling_a_feature_others_need_is_refused_with_their_names()
    {
        await browser.LaunchAsync("e2e-admin-feat", "industrial-mro", "功能测试");
        var page = await SignedInAdminAsync("e2e-admin-feat");
        await page.GetByRole(AriaRole.Link, new() { Name = "功能", Exact = true }).ClickAsync();

        await page.Locator("tr[data-feature=Storefront]").GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();

        Assert.Contains("Seo", await page.Locator(".error").InnerTextAsync());
        Assert.Equal("已启用", await page.Locator("tr[data-feature=Storefront] .badge").InnerTextAsync());
    }

    [Fact]
    public async Task Settings_are_validated_next_to_the_field_and_saved()
    {
        await browser.LaunchAsync("e2e-admin-set", "industrial-mro", "设置测试");
        var page = await SignedInAdminAsync("e2e-admin-set");
        await page.GetByRole(AriaRole.Link, new() { Name = "设置", Exact = true }).ClickAsync();

        await page.GetByLabel("默认币种").FillAsync("yuan");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Contains("ISO 4217", await page.Locator("#defaultCurrency-error").InnerTextAsync());

        await page.GetByLabel("默认币种").FillAsync("USD");
        await page.GetByLabel("站点名称").FillAsync("Global Parts");
        await page.GetByLabel("语言").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Equal("Settings saved.", await page.Locator(".message").InnerTextAsync());

        var storefront = await browser.NewPageAsync();
        await storefront.GotoAsync("/e2e-admin-set/");
        Assert.Equal("Welcome to Global Parts", (await storefront.Locator("main h1").InnerTextAsync()).Trim());
        Assert.Equal("en", await storefront.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task An_uploaded_logo_is_checked_shown_in_the_storefront_and_served_only_by_its_tenant()
    {
        await browser.LaunchAsync("e2e-logo", "industrial-mro", "标志测试");
        await browser.LaunchAsync("e2e-logo-other", "blank", "Other");
        var page = await SignedInAdminAsync("e2e-logo");
        await page.GetByRole(AriaRole.Link, new() { Name = "设置", Exact = true }).ClickAsync();

        await page.Locator("#logo").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = "<svg onload=alert(1)>"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传标志" }).ClickAsync();
        Assert.Contains("PNG, JPEG, WebP or GIF", await page.Locator("#logo-error").InnerTextAsync());

        await page.Locator("#logo").SetInputFilesAsync(new FilePayload { Name = "brand.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传标志" }).ClickAsync();
        Assert.Equal("Logo uploaded.", await page.Locator(".message").InnerTextAsync());

        var storefront = await browser.NewPageAsync();
        await storefront.GotoAsync("/e2e-logo/");
        var src = await storefront.Locator(".site-header img.logo-image").GetAttributeAsync("src");
        Assert.Matches(@"^/e2e-logo/media/logo-[0-9a-f]{32}\.png$", src);
        var image = await browser.Http().GetAsync(src);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(OnePixelPng, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await browser.Http().GetAsync(src!.Replace("/e2e-logo/", "/e2e-logo-other/"))).StatusCode);
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Buyers_do_not_get_into_the_admin()
    {
        await browser.LaunchAsync("e2e-admin-buyer", "blank", "Buyer Mart");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/e2e-admin-buyer/account/register");
        await page.GetByLabel("电子邮箱").FillAsync("buyer@plant.cn");
        await page.GetByLabel("密码").FillAsync("Plant-Buyer-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册账户" }).ClickAsync();

        var response = await page.GotoAsync("/e2e-admin-buyer/admin");
        Assert.Equal(403, response!.Status);
        Assert.Equal("无权访问", await page.Locator("main h1").InnerTextAsync());
    }

    private async Task<IPage> SignedInAdminAsync(string tenant)
    {
        var page = await browser.SignInAsync(tenant, "admin@example.com", SaaSHost.AdminPassword);
        Assert.Equal("概览", await page.Locator("h1").InnerTextAsync());
        return page;
    }
}
