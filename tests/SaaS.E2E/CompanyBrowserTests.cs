using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class CompanyBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task A_buyer_registers_a_company_the_operator_verifies_it_and_the_buyer_sees_the_badge()
    {
        await browser.LaunchAsync("e2e-company", "industrial-mro", "企业采购测试");

        var buyer = await browser.NewPageAsync();
        await buyer.GotoAsync("/e2e-company/account/register");
        await buyer.GetByLabel("电子邮箱").FillAsync("zhou@plant-cs.cn");
        await buyer.GetByLabel("密码").FillAsync("Plant-Buyer-2026");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "注册账户" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex("/e2e-company/account$"));

        await buyer.GotoAsync("/e2e-company/company");
        await buyer.GetByLabel("企业名称").FillAsync("常熟纺机配件有限公司");
        await buyer.GetByLabel("统一社会信用代码").FillAsync(CreditCode("91320581MA1N2P3Q4"));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "注册企业" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex("/e2e-company/company\\?notice=registered$"));
        await Assertions.Expect(buyer.Locator(".company-name")).ToHaveTextAsync("常熟纺机配件有限公司");
        await Assertions.Expect(buyer.Locator(".badge.verification")).ToHaveTextAsync("未认证");

        await buyer.GetByRole(AriaRole.Link, new() { Name = "收货地址", Exact = true }).ClickAsync();
        await buyer.GetByLabel("地址名称", new() { Exact = true }).FillAsync("常熟总仓");
        await buyer.GetByLabel("收货人", new() { Exact = true }).FillAsync("周工");
        await buyer.GetByLabel("联系电话", new() { Exact = true }).FillAsync("13912340000");
        await buyer.GetByLabel("省市区", new() { Exact = true }).FillAsync("江苏省苏州市常熟市");
        await buyer.GetByLabel("详细地址", new() { Exact = true }).FillAsync("虞山镇工业园18号");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "保存地址" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex("/e2e-company/company/addresses\\?notice=address-added$"));
        await Assertions.Expect(buyer.Locator("tr[data-address='常熟总仓']")).ToContainTextAsync("周工");

        await buyer.GetByRole(AriaRole.Link, new() { Name = "成员", Exact = true }).ClickAsync();
        await buyer.GetByLabel("电子邮箱", new() { Exact = true }).FillAsync("caigou@plant-cs.cn");
        await buyer.GetByLabel("角色", new() { Exact = true }).SelectOptionAsync("Purchaser");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "发送邀请" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex("/e2e-company/company/members\\?notice=invited$"));
        await Assertions.Expect(buyer.Locator("tr[data-member='caigou@plant-cs.cn'] select")).ToHaveValueAsync("Purchaser");
        Assert.Contains("To: caigou@plant-cs.cn", browser.Host.MailTo("e2e-company", "caigou@plant-cs.cn"));

        var operatorPage = await browser.SignInAsync("e2e-company", "admin@example.com", SaaSHost.AdminPassword, "/admin/companies");
        Assert.Equal(["采购企业"], await operatorPage.Locator(".admin-nav a[aria-current=page]").AllInnerTextsAsync());
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "常熟纺机配件有限公司" }).ClickAsync();
        await Assertions.Expect(operatorPage.Locator("main")).ToContainTextAsync("caigou@plant-cs.cn");
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "认证该企业" }).ClickAsync();
        await Assertions.Expect(operatorPage).ToHaveURLAsync(new Regex("/e2e-company/admin/companies\\?message="));
        await Assertions.Expect(operatorPage.Locator("tr[data-company] .badge")).ToHaveTextAsync("已认证");

        await buyer.GotoAsync("/e2e-company/company");
        await Assertions.Expect(buyer.Locator(".badge.verification")).ToHaveTextAsync("已认证");
    }

    private static string CreditCode(string body) => body + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(body);
}
