using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>The buyer's company pages, driven as a browser would: cookies, forms and their antiforgery tokens.</summary>
public sealed class CompanyPageTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "co-pages";

    public async Task InitializeAsync()
    {
        await host.EnsureLaunchedAsync(Tenant, "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_back()
    {
        var visitor = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await visitor.GetAsync($"/{Tenant}/company/addresses");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{Tenant}/account/login?returnUrl=%2Fcompany%2Faddresses", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_buyer_registers_a_company_on_the_page_and_a_refused_address_comes_back_with_its_field_error()
    {
        var browser = Browser();
        await SubmitAsync(browser, $"/{Tenant}/account/register", $"/{Tenant}/account/register", new() { ["email"] = "li@plant-p.cn", ["password"] = CompanyBuyers.Password });

        var register = await browser.GetStringAsync($"/{Tenant}/company");
        Assert.Contains($"action=\"/{Tenant}/company\"", register);
        var badCode = await SubmitAsync(browser, $"/{Tenant}/company", $"/{Tenant}/company", new() { ["name"] = "泰州化纤有限公司", ["creditCode"] = "91321200MA1A2B3C4X" });
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var badCodeHtml = await badCode.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""creditCode-error"" class=""field-error"">[^<]*check character", badCodeHtml);
        Assert.Contains("value=\"泰州化纤有限公司\"", badCodeHtml);

        var registered = await SubmitAsync(browser, $"/{Tenant}/company", $"/{Tenant}/company",
            new() { ["name"] = "泰州化纤有限公司", ["creditCode"] = CompanyBuyers.CreditCode("91321200MA1A2B3C4") });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var overview = await registered.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"company-name\">泰州化纤有限公司</span>", overview);
        Assert.Contains(">未认证</span>", overview);
        Assert.Contains("企业已注册，您是企业管理员。", overview);

        var missing = await SubmitAsync(browser, $"/{Tenant}/company/addresses", $"/{Tenant}/company/addresses",
            new() { ["label"] = "", ["recipient"] = "周工", ["phone"] = "13811112222", ["region"] = "江苏省泰州市", ["street"] = "海陵区工业园8号" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""label-error"" class=""field-error"">[^<]*label&#x27; is required", missingHtml);
        Assert.Contains("value=\"周工\"", missingHtml);

        var added = await SubmitAsync(browser, $"/{Tenant}/company/addresses", $"/{Tenant}/company/addresses",
            new() { ["label"] = "泰州一厂", ["recipient"] = "周工", ["phone"] = "13811112222", ["region"] = "江苏省泰州市", ["street"] = "海陵区工业园8号" });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("data-address=\"泰州一厂\"", await added.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_without_the_role_sees_the_data_but_posting_is_refused_with_403_on_the_page()
    {
        var admin = Browser();
        await SubmitAsync(admin, $"/{Tenant}/account/register", $"/{Tenant}/account/register", new() { ["email"] = "wang@plant-q.cn", ["password"] = CompanyBuyers.Password });
        await SubmitAsync(admin, $"/{Tenant}/company", $"/{Tenant}/company", new() { ["name"] = "宿迁食品机械有限公司", ["creditCode"] = CompanyBuyers.CreditCode("91321300MA4D5E6F7") });
        await SubmitAsync(admin, $"/{Tenant}/company/addresses", $"/{Tenant}/company/addresses",
            new() { ["label"] = "宿迁仓", ["recipient"] = "王工", ["phone"] = "13722223333", ["region"] = "江苏省宿迁市", ["street"] = "宿城区1号" });
        var invited = await SubmitAsync(admin, $"/{Tenant}/company/members", $"/{Tenant}/company/members", new() { ["email"] = "cash@plant-q.cn", ["role"] = "Finance" });
        Assert.Contains("data-member=\"cash@plant-q.cn\"", await invited.Content.ReadAsStringAsync());

        var code = host.CodeMailedTo(Tenant, "cash@plant-q.cn");
        var reset = await host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/resetPassword", new { email = "cash@plant-q.cn", resetCode = code, newPassword = "Finance-Pass-2026" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var finance = Browser();
        await SubmitAsync(finance, $"/{Tenant}/account/login", $"/{Tenant}/account/login", new() { ["email"] = "cash@plant-q.cn", ["password"] = "Finance-Pass-2026" });

        Assert.Contains("data-address=\"宿迁仓\"", await finance.GetStringAsync($"/{Tenant}/company/addresses"));
        var refused = await SubmitAsync(finance, $"/{Tenant}/company/addresses", $"/{Tenant}/company/addresses",
            new() { ["label"] = "财务室", ["recipient"] = "钱会计", ["phone"] = "13733334444", ["region"] = "江苏省宿迁市", ["street"] = "宿城区2号" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches(@"class=""form-error"" role=""alert"">[^<]*Finance", html);
        Assert.Contains("data-address=\"宿迁仓\"", html);
        Assert.Contains("value=\"钱会计\"", html);
    }

    private HttpClient Browser() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
}
