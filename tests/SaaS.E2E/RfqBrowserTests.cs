using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class RfqBrowserTests(BrowserHost browser)
{
    private const string Tenant = "e2e-rfq";
    private const string Owner = "owner@fasteners.example.cn";
    private const string OwnerPassword = "Owner-Pass-2026";
    private const string Buyer = "caigou@plant-rfq.cn";
    private const string BuyerPassword = "Plant-Buyer-2026";

    [Fact]
    public async Task A_buyer_asks_for_a_quote_on_a_product_page_the_merchant_quotes_and_the_accepted_quote_is_an_order()
    {
        await browser.LaunchAsync(Tenant, "industrial-mro", "询价测试");
        var merchant = await SignedInClientAsync(Owner, OwnerPassword, reset: true);
        // A product on sale with stock enough for the 30 units the order will reserve.
        var product = (await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products")).EnumerateArray()
            .First(p => p.GetProperty("status").GetString() == "Published" && p.GetProperty("skus")[0].GetProperty("stock").GetInt32() >= 100);
        var slug = (await browser.Http().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{product.GetProperty("id").GetString()}")).GetProperty("slug").GetString();
        var code = product.GetProperty("skus")[0].GetProperty("code").GetString();
        await browser.Http().PostAsJsonAsync($"/{Tenant}/api/identity/register", new { email = Buyer, password = BuyerPassword });
        var buyerApi = await SignedInClientAsync(Buyer, BuyerPassword, reset: false);
        var company = await buyerApi.PostAsJsonAsync($"/{Tenant}/api/companies", new { name = "无锡轴承配件有限公司", creditCode = CreditCode("91320200MA1R2W3T4") });
        Assert.True(company.IsSuccessStatusCode, await company.Content.ReadAsStringAsync());
        var address = await buyerApi.PostAsJsonAsync($"/{Tenant}/api/companies/mine/addresses",
            new { label = "无锡仓", recipient = "钱工", phone = "13912345678", region = "江苏省无锡市", street = "新吴区长江路8号", isDefault = true });
        Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync());

        var buyer = await browser.SignInAsync(Tenant, Buyer, BuyerPassword, "/rfqs");
        await buyer.GotoAsync($"/{Tenant}/p/{slug}");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "询价", Exact = true }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex($"/{Tenant}/rfqs/new\\?sku="));
        await buyer.Locator("#quantity-0").FillAsync("30");
        await buyer.Locator("#target-0").FillAsync("1.20");
        await buyer.GetByLabel("给商家的备注").FillAsync("长期采购，请给最优价");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交询价" }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex($"/{Tenant}/rfqs/[0-9a-f-]{{36}}\\?notice=rfq-requested$"));
        await Assertions.Expect(buyer.Locator("h1 .rfq-state")).ToHaveTextAsync("待报价");
        var number = await buyer.Locator(".rfq-number").InnerTextAsync();
        var rfqUrl = buyer.Url.Split('?')[0];

        var desk = await browser.SignInAsync(Tenant, Owner, OwnerPassword, "/merchant/rfqs");
        await desk.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Assertions.Expect(desk.Locator(".thread")).ToContainTextAsync("长期采购，请给最优价");
        await desk.Locator("#price-0").FillAsync("1.10");
        await desk.GetByLabel("有效期至").FillAsync(DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"));
        await desk.GetByLabel("报价条款（付款、交货、包装）").FillAsync("含税含运，款到发货");
        await desk.GetByRole(AriaRole.Button, new() { Name = "发送报价" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".notice")).ToHaveTextAsync("报价已发送给买家。");
        await Assertions.Expect(desk.Locator("h1 .rfq-state")).ToHaveTextAsync("已报价");

        await buyer.GotoAsync(rfqUrl);
        await Assertions.Expect(buyer.Locator(".quote-total")).ToHaveTextAsync("¥33.00");
        await Assertions.Expect(buyer.Locator(".quote-terms")).ToHaveTextAsync("含税含运，款到发货");
        await buyer.GetByLabel("采购单号").FillAsync("PO-RFQ-88");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "接受报价", Exact = true }).ClickAsync();
        await Assertions.Expect(buyer).ToHaveURLAsync(new Regex($"/{Tenant}/orders/[0-9a-f-]{{36}}\\?notice=rfq-accepted$"));
        var orderId = new Regex("/orders/(?<id>[0-9a-f-]{36})").Match(buyer.Url).Groups["id"].Value;
        await Assertions.Expect(buyer.Locator(".notice")).ToHaveTextAsync("您已接受报价，订单如下。");
        await Assertions.Expect(buyer.Locator($"tr[data-line='{code}']")).ToContainTextAsync("¥1.10");
        await Assertions.Expect(buyer.Locator(".po-number")).ToHaveTextAsync("PO-RFQ-88");

        var order = await buyerApi.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{orderId}");
        Assert.Equal(1.10m, order.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(30, order.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal("PO-RFQ-88", order.GetProperty("poNumber").GetString());
        await buyer.GotoAsync(rfqUrl);
        await Assertions.Expect(buyer.Locator("h1 .rfq-state")).ToHaveTextAsync("已接受");
        await Assertions.Expect(buyer.Locator("a.rfq-order")).ToHaveAttributeAsync("href", $"/{Tenant}/orders/{orderId}");
    }

    /// <summary>A bearer client of <paramref name="email"/>; an invited merchant owner first sets the password from the mailed code.</summary>
    private async Task<HttpClient> SignedInClientAsync(string email, string password, bool reset)
    {
        if (reset)
        {
            var set = await browser.Http().PostAsJsonAsync($"/{Tenant}/api/identity/resetPassword",
                new { email, resetCode = browser.Host.CodeMailedTo(Tenant, email), newPassword = password });
            Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        }
        var login = await browser.Http().PostAsJsonAsync($"/{Tenant}/api/identity/login", new { email, password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return browser.Http((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
    }

    private static string CreditCode(string body) => body + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(body);
}
