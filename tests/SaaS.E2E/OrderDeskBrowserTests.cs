using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SaaS.Orders;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class OrderDeskBrowserTests(BrowserHost browser)
{
    private const string Tenant = "e2e-desk";

    [Fact]
    public async Task A_merchant_finds_a_paid_order_ships_it_in_two_parcels_prints_its_packing_list_and_the_operator_sees_it()
    {
        await browser.LaunchAsync(Tenant, "industrial-mro", "订单台测试");
        var buyer = await BuyerAsync();
        var paid = await PlaceAsync(buyer, "HZ-BOL-001-1, 10\nHZ-NUT-002-1, 5", "PO-E2E-PAID");
        await PlaceAsync(buyer, "HZ-BOL-001-1, 2", "PO-E2E-WAITING");
        await using (var scope = browser.Host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value)
        {
            await scope.ServiceProvider.GetRequiredService<IOrderPayments>().MarkPaidAsync(paid, "e2e-payment", CancellationToken.None);
        }

        var owner = await browser.AcceptInvitationAsync(Tenant, "owner@fasteners.example.cn", "Owner-Pass-2026");

        // The desk: two orders, one paid; the paid tab and the search each find just that one.
        await owner.GotoAsync($"/{Tenant}/merchant/orders");
        await Assertions.Expect(owner.Locator(".center-nav a[aria-current='page']")).ToHaveTextAsync("订单");
        await Assertions.Expect(owner.Locator("table.orders tbody tr[data-order]")).ToHaveCountAsync(2);
        await owner.Locator(".state-tabs a[data-state='Paid']").ClickAsync();
        await Assertions.Expect(owner.Locator(".state-tabs a[aria-current='page']")).ToContainTextAsync("已付款");
        await Assertions.Expect(owner.Locator("table.orders tbody tr[data-order]")).ToHaveCountAsync(1);
        await owner.GetByLabel("搜索订单").FillAsync("PO-E2E-WAITING");
        await owner.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(owner.Locator("table.orders tbody")).ToContainTextAsync("暂无订单");
        await owner.GotoAsync($"/{Tenant}/merchant/orders");
        await owner.GetByLabel("搜索订单").FillAsync("PO-E2E-PAID");
        await owner.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var row = owner.Locator($"tr[data-order='{paid}']");
        await Assertions.Expect(owner.Locator("table.orders tbody tr[data-order]")).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("e2e 采购有限公司");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await owner.WaitForURLAsync($"**/{Tenant}/merchant/orders/{paid}");

        // First parcel: 4 of the 10 bolts; the nuts wait.
        await Assertions.Expect(owner.GetByLabel("本包裹数量 HZ-BOL-001-1")).ToHaveValueAsync("10");
        await owner.GetByLabel("承运商").FillAsync("顺丰速运");
        await owner.GetByLabel("运单号").FillAsync("SF1234567890");
        await owner.GetByLabel("本包裹数量 HZ-BOL-001-1").FillAsync("4");
        await owner.GetByLabel("本包裹数量 HZ-NUT-002-1").FillAsync("0");
        await owner.GetByRole(AriaRole.Button, new() { Name = "确认发货" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToHaveTextAsync("已记录发货。");
        await Assertions.Expect(owner.Locator("h1 .badge")).ToHaveTextAsync("部分发货");
        await Assertions.Expect(owner.Locator("table.order-lines tr[data-line='HZ-BOL-001-1'] .left")).ToHaveTextAsync("6");
        await Assertions.Expect(owner.GetByLabel("本包裹数量 HZ-BOL-001-1")).ToHaveValueAsync("6");

        // The packing list packs what is left, and prints without the site around it.
        await owner.GetByRole(AriaRole.Link, new() { Name = "装箱单" }).ClickAsync();
        await owner.WaitForURLAsync($"**/{Tenant}/merchant/orders/{paid}/packing-list");
        await Assertions.Expect(owner.Locator(".packing-list tr[data-line='HZ-BOL-001-1'] .quantity")).ToHaveTextAsync("6");
        await Assertions.Expect(owner.Locator(".packing-list tr[data-line='HZ-NUT-002-1'] .quantity")).ToHaveTextAsync("5");
        await Assertions.Expect(owner.Locator(".packing-list .merchant")).ToHaveTextAsync("杭州紧固件供应链有限公司");
        await Assertions.Expect(owner.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
        await owner.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });
        await Assertions.Expect(owner.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(owner.Locator(".center-nav")).ToBeHiddenAsync();
        await Assertions.Expect(owner.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeHiddenAsync();
        await owner.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder(), "Order-desk-packing-list-print.png"), FullPage = true });
        await owner.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Screen });

        // Second parcel: the form is prefilled with everything left.
        await owner.GetByRole(AriaRole.Link, new() { Name = "返回订单" }).ClickAsync();
        await owner.GetByLabel("承运商").FillAsync("中通快递");
        await owner.GetByLabel("运单号").FillAsync("ZT9876543210");
        await owner.GetByRole(AriaRole.Button, new() { Name = "确认发货" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToHaveTextAsync("已记录发货，订单已全部发出。");
        await Assertions.Expect(owner.Locator("h1 .badge")).ToHaveTextAsync("已发货");
        await Assertions.Expect(owner.Locator(".parcel")).ToHaveCountAsync(2);
        await Assertions.Expect(owner.GetByLabel("承运商")).ToHaveCountAsync(0);
        await Assertions.Expect(owner.Locator(".timeline li")).ToHaveCountAsync(4);
        await owner.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder(), "Order-desk-order-shipped.png"), FullPage = true });

        var admin = await browser.SignInAsync(Tenant, "admin@example.com", SaaSHost.AdminPassword, "/admin/orders");
        await Assertions.Expect(admin.Locator(".admin-nav a[aria-current='page']")).ToHaveTextAsync("订单");
        await Assertions.Expect(admin.Locator(".order-figures [data-state='Shipped'] strong")).ToHaveTextAsync("1");
        await Assertions.Expect(admin.Locator(".order-chart rect.bar")).ToHaveCountAsync(60);
        await admin.GetByLabel("商家", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "杭州紧固件供应链有限公司" });
        await admin.GetByLabel("状态", new() { Exact = true }).SelectOptionAsync("Shipped");
        await admin.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Assertions.Expect(admin.Locator("table.orders tbody tr[data-order]")).ToHaveCountAsync(1);
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder(), "Admin-orders-overview.png"), FullPage = true });
        await admin.Locator($"tr[data-order='{paid}'] a").ClickAsync();
        await admin.WaitForURLAsync($"**/{Tenant}/admin/orders/{paid}");
        await Assertions.Expect(admin.Locator(".timeline")).ToContainTextAsync("最后一个包裹已发出");
        await Assertions.Expect(admin.Locator(".timeline")).ToContainTextAsync("SF1234567890");
    }

    /// <summary>A buyer who registered a company with a delivery address: a client with their token.</summary>
    private async Task<HttpClient> BuyerAsync()
    {
        var http = browser.Http();
        await http.PostAsJsonAsync($"/{Tenant}/api/identity/register", new { email = "buyer@e2e-desk.cn", password = "Buyer-Pass-2026" });
        var login = await http.PostAsJsonAsync($"/{Tenant}/api/identity/login", new { email = "buyer@e2e-desk.cn", password = "Buyer-Pass-2026" });
        var buyer = browser.Http((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var code = "91320500MA1WXQ0P0" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91320500MA1WXQ0P0");
        Assert.True((await buyer.PostAsJsonAsync($"/{Tenant}/api/companies", new { name = "e2e 采购有限公司", creditCode = code })).IsSuccessStatusCode);
        var address = await buyer.PostAsJsonAsync($"/{Tenant}/api/companies/mine/addresses",
            new { label = "总仓", recipient = "张工", phone = "13800001111", region = "江苏省苏州市", street = "工业园区星湖街1号", isDefault = true });
        Assert.True(address.IsSuccessStatusCode, await address.Content.ReadAsStringAsync());
        return buyer;
    }

    /// <summary>Quick-orders the lines and checks them out under the PO number; the one order's id.</summary>
    private static async Task<Guid> PlaceAsync(HttpClient buyer, string lines, string poNumber)
    {
        var quick = await buyer.PostAsJsonAsync($"/{Tenant}/api/cart/quick", new { lines });
        Assert.True(quick.IsSuccessStatusCode, await quick.Content.ReadAsStringAsync());
        var address = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString();
        var placed = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber });
        var body = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(placed.IsSuccessStatusCode, body.ToString());
        return Assert.Single(body.GetProperty("orders").EnumerateArray()).GetProperty("id").GetGuid();
    }
}
