using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class MerchantOnboardingBrowserTests(BrowserHost browser)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_supplier_applies_the_operator_approves_the_owner_invites_staff_and_staff_see_only_what_their_role_allows()
    {
        await browser.LaunchAsync("e2e-onboard", "industrial-mro", "入驻测试");

        var applicant = await browser.NewPageAsync();
        await applicant.GotoAsync("/e2e-onboard/merchants/apply");
        await applicant.GetByLabel("企业名称").FillAsync("深圳螺丝大王有限公司");
        await applicant.GetByLabel("统一社会信用代码").FillAsync("91440300708461136X");
        await applicant.GetByLabel("法定代表人").FillAsync("王强");
        await applicant.GetByLabel("联系人").FillAsync("赵敏");
        await applicant.GetByLabel("手机号").FillAsync("13912345678");
        await applicant.GetByLabel("电子邮箱").FillAsync("boss@screws.cn");
        await applicant.GetByLabel("经营地址").FillAsync("广东省深圳市南山区科技园");
        await applicant.GetByLabel("经营类目（逗号分隔）").FillAsync("紧固件,五金工具");
        await applicant.GetByLabel(new Regex("营业执照")).SetInputFilesAsync(new FilePayload { Name = "licence.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        Assert.Contains("should be 'T'", await applicant.Locator("#creditCode-error").InnerTextAsync());

        await applicant.GetByLabel("统一社会信用代码").FillAsync("91440300708461136T");
        await applicant.GetByLabel(new Regex("营业执照")).SetInputFilesAsync(new FilePayload { Name = "licence.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        Assert.Equal("申请已提交", await applicant.Locator("main h1").InnerTextAsync());

        var operatorPage = await browser.SignInAsync("e2e-onboard", "admin@example.com", SaaSHost.AdminPassword, "/admin/merchant-applications");
        await operatorPage.GetByRole(AriaRole.Link, new() { Name = "深圳螺丝大王有限公司" }).ClickAsync();
        Assert.Equal(1, await operatorPage.Locator("iframe.preview").CountAsync());
        await operatorPage.GetByRole(AriaRole.Button, new() { Name = "通过并邀请店主" }).ClickAsync();
        Assert.Contains("invited", await operatorPage.Locator(".message").InnerTextAsync());

        var code = browser.Host.CodeMailedTo("e2e-onboard", "boss@screws.cn");
        var owner = await browser.NewPageAsync();
        await owner.GotoAsync("/e2e-onboard/account/reset-password?email=boss%40screws.cn");
        await owner.GetByLabel("验证码").FillAsync(code);
        await owner.GetByLabel("新密码").FillAsync("Screw-Boss-2026");
        await owner.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await owner.GetByLabel("密码").FillAsync("Screw-Boss-2026");
        await owner.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/e2e-onboard/account$"));
        Assert.Equal("Merchant", await owner.Locator(".account-roles").InnerTextAsync());

        // The owner finds the merchant center from the account page, sees what blocks publishing, and invites staff.
        await owner.GetByRole(AriaRole.Link, new() { Name = "商家中心" }).ClickAsync();
        await Assertions.Expect(owner.Locator("main h1")).ToHaveTextAsync("深圳螺丝大王有限公司");
        Assert.Equal(["deposit", "agreement"], await owner.Locator("[data-blocker]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.blocker)"));
        await owner.GetByRole(AriaRole.Link, new() { Name = "入驻协议" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "我已阅读并同意本协议" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".accepted")).ToContainTextAsync("boss@screws.cn");

        await owner.GetByRole(AriaRole.Link, new() { Name = "员工" }).ClickAsync();
        await owner.GetByLabel("电子邮箱").FillAsync("not-an-email");
        await owner.GetByRole(AriaRole.Button, new() { Name = "发送邀请" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#invite-email-error")).ToContainTextAsync("not an e-mail address");
        await owner.GetByLabel("电子邮箱").FillAsync("cashier@screws.cn");
        await owner.GetByLabel("角色", new() { Exact = true }).Last.SelectOptionAsync(new SelectOptionValue { Label = "财务" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "发送邀请" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("cashier@screws.cn");
        await Assertions.Expect(owner.Locator("tr[data-member='cashier@screws.cn']")).ToContainTextAsync("正常");

        // The invitation link carries its code: the new member only chooses a password.
        var staff = await browser.AcceptInvitationAsync("e2e-onboard", "cashier@screws.cn", "Cashier-Pass-2026");
        await staff.GetByRole(AriaRole.Link, new() { Name = "商家中心" }).ClickAsync();
        // Finance reads orders and after-sales requests (orders.view) and the merchant's money (finance.view), not products or staff.
        Assert.Equal(["概览", "订单", "售后", "财务", "入驻协议", "保证金"], await staff.Locator(".center-nav a").AllInnerTextsAsync());
        Assert.Equal("员工", await staff.Locator(".member-kind").InnerTextAsync());
        await Assertions.Expect(staff.Locator("form[action$='/merchant/profile']")).ToHaveCountAsync(0);
        await staff.GetByRole(AriaRole.Link, new() { Name = "保证金" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".deposit-state")).ToHaveTextAsync("应缴");
        var denied = await staff.GotoAsync("/e2e-onboard/merchant/staff");
        Assert.Equal(403, denied!.Status);
        await Assertions.Expect(staff.Locator(".merchant-denied")).ToContainTextAsync("merchant.staff.manage");
        await Assertions.Expect(staff.GetByRole(AriaRole.Button, new() { Name = "我已阅读并同意本协议" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_applicant_saves_a_draft_and_continues_it_from_the_mailed_link()
    {
        await browser.LaunchAsync("e2e-draft", "industrial-mro", "草稿测试");
        var applicant = await browser.NewPageAsync();
        await applicant.GotoAsync("/e2e-draft/merchants/apply");
        await applicant.GetByLabel("企业名称").FillAsync("温州阀门制造有限公司");
        await applicant.GetByLabel("电子邮箱").FillAsync("valves@wenzhou.cn");
        await applicant.GetByLabel(new Regex("营业执照")).SetInputFilesAsync(new FilePayload { Name = "licence.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(applicant.Locator(".notice")).ToContainTextAsync("草稿已保存");

        var link = browser.Host.MailTo("e2e-draft", "valves@wenzhou.cn").Split("\r\n").Single(l => l.Contains("/merchants/apply/", StringComparison.Ordinal));
        var later = await browser.NewPageAsync();
        await later.GotoAsync(link);
        await Assertions.Expect(later.GetByLabel("企业名称")).ToHaveValueAsync("温州阀门制造有限公司");
        await Assertions.Expect(later.Locator(".stored-licence")).ToHaveCountAsync(1);
        await later.GetByLabel("统一社会信用代码").FillAsync("91330300MA2HXX8K7" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91330300MA2HXX8K7"));
        await later.GetByLabel("法定代表人").FillAsync("周阀");
        await later.GetByLabel("联系人").FillAsync("吴敏");
        await later.GetByLabel("手机号").FillAsync("13757700001");
        await later.GetByLabel("经营地址").FillAsync("浙江省温州市龙湾区");
        await later.GetByLabel("经营类目（逗号分隔）").FillAsync("阀门,管件");
        await later.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        Assert.Equal("申请已提交", await later.Locator("main h1").InnerTextAsync());
    }
}
