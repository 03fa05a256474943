using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class UserAdminBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task The_admin_invites_staff_with_a_role_and_the_invitation_is_mailed()
    {
        await browser.LaunchAsync("e2e-users", "industrial-mro", "用户管理测试");
        var page = await SignedInAdminAsync("e2e-users");
        await page.GetByRole(AriaRole.Link, new() { Name = "用户", Exact = true }).ClickAsync();

        await page.GetByLabel("邮箱", new() { Exact = true }).FillAsync("not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "发送邀请" }).ClickAsync();
        Assert.Contains("not an e-mail address", await page.Locator("#invite-error").InnerTextAsync());

        await page.GetByLabel("邮箱", new() { Exact = true }).FillAsync("staff@plant.cn");
        await page.Locator("form[action$='/admin/users/invite'] input[value=MerchantStaff]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发送邀请" }).ClickAsync();

        Assert.Contains("staff@plant.cn", await page.Locator(".message").InnerTextAsync());
        Assert.True(await page.Locator("tr[data-user='staff@plant.cn'] input[value=MerchantStaff]").IsCheckedAsync());
        var mails = Directory.GetFiles(Path.Combine(browser.Host.AppData, "Sites", "e2e-users", "Mail"), "*.eml").Select(File.ReadAllText);
        Assert.Contains(mails, m => m.Contains("To: staff@plant.cn") && m.Contains("/e2e-users/account/reset-password"));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_an_admin_cannot_disable_themself()
    {
        await browser.LaunchAsync("e2e-disable", "industrial-mro", "停用测试");
        (await browser.Http().PostAsJsonAsync("/e2e-disable/api/identity/register", new { email = "gone@plant.cn", password = "Gone-Buyer-2026" })).EnsureSuccessStatusCode();
        var page = await SignedInAdminAsync("e2e-disable");
        await page.GetByRole(AriaRole.Link, new() { Name = "用户", Exact = true }).ClickAsync();

        await page.Locator("tr[data-user='admin@example.com']").GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        Assert.Contains("cannot disable your own account", await page.Locator(".error").InnerTextAsync());

        await page.Locator("tr[data-user='gone@plant.cn']").GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        Assert.Equal("已停用", await page.Locator("tr[data-user='gone@plant.cn'] .badge").InnerTextAsync());

        var login = await browser.Http().PostAsJsonAsync("/e2e-disable/api/identity/login", new { email = "gone@plant.cn", password = "Gone-Buyer-2026" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("may not sign in", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Granting_a_role_permissions_opens_just_those_admin_pages()
    {
        await browser.LaunchAsync("e2e-roles", "industrial-mro", "角色测试");
        (await browser.Http().PostAsJsonAsync("/e2e-roles/api/identity/register", new { email = "helper@plant.cn", password = "Helper-Pass-2026" })).EnsureSuccessStatusCode();
        var page = await SignedInAdminAsync("e2e-roles");
        await page.GetByRole(AriaRole.Link, new() { Name = "角色", Exact = true }).ClickAsync();

        var buyer = page.Locator("form[data-role=Buyer]");
        await buyer.Locator("input[value=AccessAdmin]").CheckAsync();
        await buyer.Locator("input[value=ManageFeatures]").CheckAsync();
        await buyer.GetByRole(AriaRole.Button, new() { Name = "保存权限" }).ClickAsync();
        Assert.Contains("Buyer", await page.Locator(".message").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志", Exact = true }).ClickAsync();
        await page.GetByLabel("搜索").FillAsync("Buyer");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        var entry = await page.Locator("tr.audit-entry").First.InnerTextAsync();
        Assert.Contains("role.permissions-changed", entry);
        Assert.Contains("AccessAdmin, ManageFeatures", entry);

        var helper = await SignInAsync("e2e-roles", "helper@plant.cn", "Helper-Pass-2026");
        var menu = await helper.Locator(".admin-nav a.item").AllInnerTextsAsync();
        Assert.Equal(["概览", "功能"], menu);
        Assert.Equal(403, (await helper.GotoAsync("/e2e-roles/admin/settings"))!.Status);
    }

    private Task<IPage> SignedInAdminAsync(string tenant) => browser.SignInAsync(tenant, "admin@example.com", SaaSHost.AdminPassword);

    private Task<IPage> SignInAsync(string tenant, string email, string password) => browser.SignInAsync(tenant, email, password);
}
