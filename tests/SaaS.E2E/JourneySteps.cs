using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaaS.E2E;

/// <summary>Steps several journeys take: arranging buyers over HTTP, and a merchant shipping from its desk in the browser.</summary>
internal static class JourneySteps
{
    /// <summary>A client on the real port signed in as <paramref name="email"/> with a bearer token.</summary>
    public static async Task<HttpClient> ClientAsync(this BrowserHost browser, string tenant, string email, string password)
    {
        var login = await browser.Http().PostAsJsonAsync($"/{tenant}/api/identity/login", new { email, password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return browser.Http((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
    }

    /// <summary>A buyer account with a company and its default address, arranged over HTTP: the company pages have their own journey.</summary>
    public static async Task<HttpClient> BuyerCompanyAsync(this BrowserHost browser, string tenant, string email, string password, string creditCodeBody)
    {
        var registered = await browser.Http().PostAsJsonAsync($"/{tenant}/api/identity/register", new { email, password });
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        var buyer = await browser.ClientAsync(tenant, email, password);
        var company = await buyer.PostAsJsonAsync($"/{tenant}/api/companies",
            new { name = "常州机电设备有限公司 " + email, creditCode = creditCodeBody + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(creditCodeBody) });
        Assert.True(company.IsSuccessStatusCode, await company.Content.ReadAsStringAsync());
        var address = await buyer.PostAsJsonAsync($"/{tenant}/api/companies/mine/addresses",
            new { label = "总仓", recipient = "蔡工", phone = "13900001111", region = "江苏省常州市", street = "武进区常武中路18号", isDefault = true });
        Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync());
        return buyer;
    }

    /// <summary>The merchant opens the order on its desk and records a parcel of <paramref name="quantity"/> units of the SKU.</summary>
    public static async Task ShipFromTheDeskAsync(IPage merchant, string tenant, string orderId, string code, string carrier, string tracking, string quantity)
    {
        await merchant.GotoAsync($"/{tenant}/merchant/orders");
        await merchant.Locator($"tr[data-order='{orderId}'] a").ClickAsync();
        await merchant.WaitForURLAsync(new Regex($"/merchant/orders/{orderId}$"));
        var form = merchant.Locator(".ship-form");
        await form.GetByLabel("承运商").FillAsync(carrier);
        await form.GetByLabel("运单号").FillAsync(tracking);
        await form.GetByLabel($"本包裹数量 {code}").FillAsync(quantity);
        await form.GetByRole(AriaRole.Button, new() { Name = "确认发货" }).ClickAsync();
        await merchant.WaitForURLAsync(new Regex($"/merchant/orders/{orderId}\\?message="));
        await Assertions.Expect(merchant.Locator($".parcel:has-text('{tracking}')")).ToHaveCountAsync(1);
    }

    /// <summary>The order of <paramref name="merchant"/> among the rows of an orders list.</summary>
    public static async Task<string> OrderIdAsync(IPage buyer, string merchant) =>
        (await buyer.Locator("tr[data-order]").Filter(new() { Has = buyer.Locator(".merchant-name", new() { HasTextString = merchant }) }).GetAttributeAsync("data-order"))!;
}
