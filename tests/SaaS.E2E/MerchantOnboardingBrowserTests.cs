using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class MerchantOnboardingBrowserTests(BrowserHost browser)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task A_supplier_applies_the_operator_approves_and_the_owner_signs_in_as_a_merchant()
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
    }
}
