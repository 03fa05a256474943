using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SaaS.Orders;
using SaaS.Tenants;
using Xunit.Abstractions;

namespace SaaS.E2E;

/// <summary>
/// The orders issue's journey in the browser, buyer and merchants alike: a buyer with goods from two merchants checks
/// out and sees two orders; one merchant ships partially then fully from its order desk; the buyer asks for a return
/// on the other, that merchant accepts on its desk, and the buyer sends the goods back. Then the buyer's order pages
/// on a phone and a desktop in every theme.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderJourneyBrowserTests(BrowserHost browser, ITestOutputHelper output)
{
    private const string Password = "Plant-Buyer-2026";
    private const string Bolt = "HZ-BOL-001-1";
    private const string Wrench = "SZ-WRE-001-1";
    private const string Fasteners = "杭州紧固件供应链有限公司";
    private const string Tools = "深圳精密工具有限公司";

    [Fact]
    public async Task A_buyer_checks_out_goods_of_two_merchants_one_ships_in_two_parcels_and_the_other_takes_a_return_back()
    {
        const string tenant = "e2e-orders";
        await browser.LaunchAsync(tenant, "industrial-mro", "工品直采");
        // The orders journey on its own, paid through the payments seam; paying through the payment pages is PaymentJourneyBrowserTests.
        var disabled = await browser.Http(await browser.AdminTokenAsync(tenant)).PostAsync($"/{tenant}/api/admin/features/Payments/disable", null);
        Assert.True(disabled.IsSuccessStatusCode, await disabled.Content.ReadAsStringAsync());
        await browser.BuyerCompanyAsync(tenant, "cai@plant-journey.cn", Password, "91320585MA1J0URN1");
        var buyer = await browser.SignInAsync(tenant, "cai@plant-journey.cn", Password, "/cart");
        await Assertions.Expect(buyer.Locator(".empty")).ToContainTextAsync("购物车是空的");

        await AddToCartAsync(buyer, Bolt, "30");
        await Assertions.Expect(buyer.Locator(".notice")).ToHaveTextAsync("商品已加入购物车。");
        await AddToCartAsync(buyer, Wrench, "4");
        await Assertions.Expect(buyer.Locator($".site-header a.header-link[href='/{tenant}/cart'] .count")).ToHaveTextAsync("2");
        await Assertions.Expect(buyer.Locator(".cart-merchant")).ToHaveCountAsync(2);
        await Assertions.Expect(buyer.Locator($".cart-merchant[data-merchant='{Fasteners}'] tr[data-line='{Bolt}']")).ToContainTextAsync("¥25.58 / 盒");

        await buyer.GetByRole(AriaRole.Link, new() { Name = "去结算" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/{tenant}/checkout$"));
        await Assertions.Expect(buyer.GetByRole(AriaRole.Radio, new() { Name = "总仓" })).ToBeCheckedAsync();
        await buyer.GetByLabel("采购单号").FillAsync("PO-2026-0042");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交订单" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/{tenant}/orders\\?checkout=.+&notice=placed$"));
        var orders = buyer.Locator("tr[data-order]");
        await Assertions.Expect(orders).ToHaveCountAsync(2);
        await Assertions.Expect(orders.Locator(".order-state")).ToHaveTextAsync(["待付款", "待付款"]);
        var boltOrder = await JourneySteps.OrderIdAsync(buyer, Fasteners);
        var wrenchOrder = await JourneySteps.OrderIdAsync(buyer, Tools);
        await Assertions.Expect(buyer.Locator($".site-header a.header-link[href='/{tenant}/cart'] .count")).ToHaveCountAsync(0);

        // Payment arrives the way the payments module will report it.
        await PayAsync(tenant, boltOrder);
        await PayAsync(tenant, wrenchOrder);

        // The fasteners merchant ships ten boxes from its order desk, then the rest.
        var fasteners = await browser.AcceptInvitationAsync(tenant, "owner@fasteners.example.cn", "Fasteners-Pass-2026");
        await JourneySteps.ShipFromTheDeskAsync(fasteners, tenant, boltOrder, Bolt, "顺丰", "SF1000000001", "10");
        await buyer.GotoAsync($"/{tenant}/orders/{boltOrder}");
        await Assertions.Expect(buyer.Locator("h1 .order-state")).ToHaveTextAsync("部分发货");
        await Assertions.Expect(buyer.Locator($"tr[data-line='{Bolt}'] .shipped")).ToHaveTextAsync("10");
        await JourneySteps.ShipFromTheDeskAsync(fasteners, tenant, boltOrder, Bolt, "中通", "ZT2000000002", "20");
        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.Locator("h1 .order-state")).ToHaveTextAsync("已发货");
        await Assertions.Expect(buyer.Locator(".shipment")).ToHaveCountAsync(2);
        await Assertions.Expect(buyer.Locator(".shipment[data-tracking='ZT2000000002']")).ToContainTextAsync("× 20 盒");
        await Assertions.Expect(buyer.Locator(".timeline").Last).ToContainTextAsync(Fasteners);
        await buyer.GetByRole(AriaRole.Button, new() { Name = "确认收货" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("notice=received$"));
        await Assertions.Expect(buyer.Locator("h1 .order-state")).ToHaveTextAsync("已签收");

        var tools = await browser.AcceptInvitationAsync(tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        await JourneySteps.ShipFromTheDeskAsync(tools, tenant, wrenchOrder, Wrench, "德邦", "DB3000000003", "4");
        await buyer.GotoAsync($"/{tenant}/orders");
        await buyer.Locator($"tr[data-order='{wrenchOrder}'] a").ClickAsync();
        await buyer.WaitForURLAsync(new Regex($"/orders/{wrenchOrder}$"));
        await buyer.GetByRole(AriaRole.Button, new() { Name = "确认收货" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("notice=received$"));

        await buyer.GetByText("申请退货或退款").ClickAsync();
        await Assertions.Expect(buyer.GetByRole(AriaRole.Radio, new() { Name = "退货退款" })).ToBeCheckedAsync();
        await buyer.Locator($".claim-line[data-line='{Wrench}'] input").FillAsync("2");
        await buyer.GetByLabel("问题描述").FillAsync("两把扳手开口变形");
        await buyer.GetByLabel(new Regex("凭证图片")).SetInputFilesAsync(new FilePayload { Name = "wrench.png", MimeType = "image/png", Buffer = Photo() });
        await buyer.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("notice=after-sales-requested$"));
        var request = buyer.Locator(".after-sales");
        await Assertions.Expect(request.Locator(".after-sales-state")).ToHaveTextAsync("待商家处理");
        await Assertions.Expect(request).ToContainTextAsync("两把扳手开口变形");
        Assert.True(await request.Locator(".photo-list img").EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0)"));

        // The tools merchant reads the request on its desk and accepts the return.
        await tools.GotoAsync($"/{tenant}/merchant/orders/{wrenchOrder}");
        var answer = tools.Locator("[data-after-sales]");
        await Assertions.Expect(answer).ToContainTextAsync("两把扳手开口变形");
        await answer.GetByRole(AriaRole.Button, new() { Name = "同意退货" }).ClickAsync();
        await tools.WaitForURLAsync(new Regex($"/merchant/orders/{wrenchOrder}\\?message="));
        await Assertions.Expect(answer.GetByRole(AriaRole.Button, new() { Name = "同意退货" })).ToHaveCountAsync(0);
        await buyer.ReloadAsync();
        await Assertions.Expect(request.Locator(".after-sales-state")).ToHaveTextAsync("待寄回商品");
        await buyer.GetByLabel("承运商").FillAsync("顺丰");
        await buyer.GetByLabel("运单号").FillAsync("SF4000000004");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "我已寄回商品" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("notice=sent-back$"));
        await Assertions.Expect(request.Locator(".after-sales-state")).ToHaveTextAsync("退货寄回中");
        await Assertions.Expect(buyer.Locator(".timeline").Last).ToContainTextAsync("买方已寄回退货");
    }

    [Fact]
    public async Task The_buyer_order_pages_fit_a_phone_and_a_desktop_in_every_theme()
    {
        const string tenant = "e2e-order-look";
        await browser.LaunchAsync(tenant, "industrial-mro", "工品直采 Look");
        var buyerApi = await browser.BuyerCompanyAsync(tenant, "look@plant-journey.cn", Password, "91320585MA1L00K01");
        var order = await PlacedOrderAsync(tenant, buyerApi);
        await buyerApi.PostAsJsonAsync($"/{tenant}/api/cart/quick", new { lines = $"{Bolt}, 10\n{Wrench}, 2" });
        var admin = browser.Http(await browser.AdminTokenAsync(tenant));
        var folder = BrowserHost.ScreenshotFolder();

        foreach (var theme in new[] { "Industrial", "Clinical", "Fresh" })
        {
            var activated = await admin.PostAsync($"/{tenant}/api/admin/themes/{theme}/activate", null);
            Assert.True(activated.IsSuccessStatusCode, await activated.Content.ReadAsStringAsync());
            foreach (var width in new[] { 1280, BrowserHost.PhoneWidth })
            {
                var page = await browser.SignInAsync(tenant, "look@plant-journey.cn", Password, "/cart", width);
                foreach (var (name, path) in new[] { ("cart", "/cart"), ("checkout", "/checkout"), ("orders", "/orders"), ("order", $"/orders/{order}") })
                {
                    var response = await page.GotoAsync($"/{tenant}{path}");
                    Assert.Equal(200, response!.Status);
                    var where = $"{theme} {name} at {width}px";
                    Assert.Equal(0, await page.Locator(".template-error").CountAsync());
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                    Assert.True(overflow <= 0, $"{where}: the page is {overflow}px wider than the screen");
                    Assert.Empty(await page.EvaluateAsync<string[]>(BrowserHost.UnlabelledFieldsScript));
                    var file = Path.Combine(folder, $"{theme}-buyer-{name}-{width}.png");
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    output.WriteLine(file);
                }
                await page.Context.CloseAsync();
            }
        }
    }

    /// <summary>Finds the SKU from the header's search box, opens its product and adds <paramref name="quantity"/> to the cart.</summary>
    private static async Task AddToCartAsync(IPage buyer, string code, string quantity)
    {
        var box = buyer.Locator(".site-header").GetByRole(AriaRole.Searchbox, new() { Name = "搜索" });
        await box.FillAsync(code);
        await box.PressAsync("Enter");
        await buyer.WaitForURLAsync(new Regex("/search\\?q="));
        await buyer.Locator(".search-hit a").First.ClickAsync();
        await buyer.WaitForURLAsync(new Regex("/p/"));
        var sku = buyer.Locator($"li[data-sku='{code}']");
        await sku.Locator("input[name=quantity]").FillAsync(quantity);
        await sku.GetByRole(AriaRole.Button, new() { Name = "加入购物车" }).ClickAsync();
        await buyer.WaitForURLAsync(new Regex("/cart\\?notice=added$"));
    }

    /// <summary>One order of the fasteners merchant, paid and shipped in part, so the order page has parcels and actions to show.</summary>
    private async Task<string> PlacedOrderAsync(string tenant, HttpClient buyer)
    {
        await buyer.PostAsJsonAsync($"/{tenant}/api/cart/quick", new { lines = $"{Bolt}, 20" });
        var address = (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString();
        var placed = await buyer.PostAsJsonAsync($"/{tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber = "PO-LOOK-1" });
        var order = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetString()!;
        await PayAsync(tenant, order);
        await ShipAsync(tenant, await MerchantAsync(tenant, "owner@fasteners.example.cn"), order, "顺丰", "SF5000000005", 5);
        return order;
    }

    private async Task<HttpClient> MerchantAsync(string tenant, string owner)
    {
        const string password = "Owner-Pass-2026";
        var reset = await browser.Http().PostAsJsonAsync($"/{tenant}/api/identity/resetPassword",
            new { email = owner, resetCode = browser.Host.CodeMailedTo(tenant, owner), newPassword = password });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());
        return await browser.ClientAsync(tenant, owner, password);
    }

    private static async Task ShipAsync(string tenant, HttpClient merchant, string orderId, string carrier, string tracking, int quantity)
    {
        var lineId = (await merchant.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/orders/{orderId}")).GetProperty("lines")[0].GetProperty("id").GetString();
        var shipped = await merchant.PostAsJsonAsync($"/{tenant}/api/merchant/orders/{orderId}/shipments",
            new { carrier, trackingNumber = tracking, items = new[] { new { lineId, quantity } } });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
    }

    /// <summary>What the payments module will do when money arrives: the test-only way to pay.</summary>
    private async Task PayAsync(string tenant, string orderId)
    {
        await using var scope = browser.Host.Services.GetRequiredService<IActiveTenants>().CreateScope(tenant)!.Value;
        await scope.ServiceProvider.GetRequiredService<IOrderPayments>().MarkPaidAsync(Guid.Parse(orderId), "e2e-payment", CancellationToken.None);
    }

    private static byte[] Photo()
    {
        using var photo = new ImageMagick.MagickImage(ImageMagick.MagickColors.SteelBlue, 320, 240) { Format = ImageMagick.MagickFormat.Png };
        return photo.ToByteArray();
    }
}
