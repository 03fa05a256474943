using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Admin;
using SaaS.Orders.Orders;
using SaaS.Testing;
using SaaS.Themes;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>
/// The merchant's order desk and the operator's overview: lists filtered by state, dates, search and page with
/// the buyer named; the desk's pages shipping in parts with errors at the field; and the walls (another merchant
/// finds nothing, a clerk without orders.fulfil ships nothing, only the operator reads every order).
/// </summary>
public sealed partial class OrderDeskTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "desk";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchOrdersAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task The_desk_lists_orders_by_state_dates_search_and_page_newest_first_with_the_buyer_named() => ListsAsync(Tenant);

    /// <summary>Dates and order numbers are id ranges: PostgreSQL compares uuids where SQLite compares text.</summary>
    [Fact]
    public async Task The_desk_lists_orders_by_dates_and_order_number_on_postgres_too()
    {
        var tenant = "desk-pg-" + Run.ToLowerInvariant();
        await host.LaunchOrdersAsync(tenant, new { databaseProvider = "Postgres" });
        await ListsAsync(tenant);
    }

    private async Task ListsAsync(string tenant)
    {
        var bolt = await host.SkuAsync(tenant, OrderMarketplace.FastenersOwner, $"DK-BOLT-{Run}", stock: 500, tiers: (1, 2.00m));
        var email = $"desk-{Run}@plant.cn";
        var (buyer, address) = await host.CompanyAsync(tenant, email);
        var first = await PlaceAsync(buyer, address, bolt, 10, $"PO-A-{Run}", tenant);
        var second = await PlaceAsync(buyer, address, bolt, 20, $"PO-B-{Run}", tenant);
        var third = await PlaceAsync(buyer, address, bolt, 30, $"PO-C-{Run}", tenant);
        await host.PayAsync(tenant, second);
        var (other, otherAddress) = await host.CompanyAsync(tenant, $"desk-other-{Run}@plant.cn");
        await PlaceAsync(other, otherAddress, bolt, 10, $"PO-D-{Run}", tenant);
        var desk = await host.MerchantAsync(tenant, OrderMarketplace.FastenersOwner);

        // The buyer company's name finds its orders (through the companies' directory) and names each row.
        var byCompany = await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}");
        Assert.Equal([third, second, first], Ids(byCompany));
        Assert.Equal(3, byCompany.GetProperty("total").GetInt32());
        Assert.All(byCompany.GetProperty("items").EnumerateArray(), o => Assert.Equal("买方 " + email, o.GetProperty("companyName").GetString()));
        Assert.Equal(2, byCompany.GetProperty("counts").GetProperty("PendingPayment").GetInt32());
        Assert.Equal(1, byCompany.GetProperty("counts").GetProperty("Paid").GetInt32());

        // The state narrows the rows; the counts keep every state, for the tabs.
        var paid = await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&state=Paid");
        Assert.Equal([second], Ids(paid));
        Assert.Equal(2, paid.GetProperty("counts").GetProperty("PendingPayment").GetInt32());

        Assert.Equal([second], Ids(await ListAsync(desk, tenant, $"q=po-b-{Run.ToLowerInvariant()}")));
        Assert.Equal([first], Ids(await ListAsync(desk, tenant, $"q={first.ToString()[..30].ToUpperInvariant()}")));

        var pageOne = await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&pageSize=2");
        Assert.Equal([third, second], Ids(pageOne));
        Assert.Equal(2, pageOne.GetProperty("pages").GetInt32());
        Assert.Equal([first], Ids(await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&pageSize=2&page=2")));

        // Dates are the marketplace's days (Asia/Shanghai), both ends included.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");
        Assert.Equal(3, (await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&from={Day(0)}&to={Day(0)}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&to={Day(-1)}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ListAsync(desk, tenant, $"q={Uri.EscapeDataString(email)}&from={Day(1)}")).GetProperty("total").GetInt32());

        var backwards = await desk.GetAsync($"/{tenant}/api/merchant/orders?from={Day(1)}&to={Day(0)}");
        Assert.Contains("before the start date", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(backwards, HttpStatusCode.BadRequest), "to"));
        var garbled = await ProblemAssert.IsProblemAsync(await desk.GetAsync($"/{tenant}/api/merchant/orders?from=31.12.2026&state=Lost&pageSize=101&page=0"), HttpStatusCode.BadRequest);
        Assert.Contains("2026-03-31", ProblemAssert.FieldErrors(garbled, "from"));
        Assert.Contains("PendingPayment", ProblemAssert.FieldErrors(garbled, "state"));
        Assert.Contains("1 to 100", ProblemAssert.FieldErrors(garbled, "pageSize"));
        ProblemAssert.FieldErrors(garbled, "page");

        // Another merchant's list never shows them, whatever it searches.
        var tools = await host.MerchantAsync(tenant, OrderMarketplace.ToolsOwner);
        Assert.Equal(0, (await ListAsync(tools, tenant, $"q={Uri.EscapeDataString(email)}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_clerk_ships_in_parts_through_the_desk_form_with_refusals_at_their_fields_and_packs_what_is_left()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"DP-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var nut = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"DP-NUT-{Run}", stock: 100, tiers: (1, 1.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"desk-pages-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, nut, 5);
        var id = await PlaceAsync(buyer, address, bolt, 40, $"PO-P-{Run}");
        await host.PayAsync(Tenant, id);
        var browser = await BrowserAsync(OrderMarketplace.FastenersOwner, "Owner-Pass-2026");
        var page = $"/{Tenant}/merchant/orders/{id}";

        var sheet = await browser.GetStringAsync(page);
        Assert.Contains("买方 desk-pages-", sheet);
        Assert.Contains("江苏省苏州市", sheet);
        Assert.Contains($"PO-P-{Run}", sheet);
        Assert.Contains("已付款", sheet);
        var boltLine = LineId(sheet, $"DP-BOLT-{Run}");
        var nutLine = LineId(sheet, $"DP-NUT-{Run}");
        Assert.Contains($"name=\"quantity-{boltLine}\" inputmode=\"numeric\" size=\"6\" value=\"40\"", sheet);

        var processed = await SubmitAsync(browser, page, $"{page}/process", new());
        Assert.Contains("订单已标记为处理中。", await processed.Content.ReadAsStringAsync());

        var refused = await SubmitAsync(browser, page, $"{page}/ship", new() { ["carrier"] = "", ["trackingNumber"] = "SF1001", [$"quantity-{boltLine}"] = "15", [$"quantity-{nutLine}"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""carrier-error"" class=""field-error"">Name the carrier", refusedHtml);
        Assert.Contains("value=\"SF1001\"", refusedHtml);
        Assert.Contains($"name=\"quantity-{boltLine}\" inputmode=\"numeric\" size=\"6\" value=\"15\"", refusedHtml);

        var tooMany = await SubmitAsync(browser, page, $"{page}/ship", new() { ["carrier"] = "顺丰", ["trackingNumber"] = "SF1001", [$"quantity-{boltLine}"] = "15", [$"quantity-{nutLine}"] = "6" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Matches($@"id=""quantity-{nutLine}-error"" class=""field-error"">DP-NUT-{Run} has 5 piece left", await tooMany.Content.ReadAsStringAsync());
        var unreadable = await SubmitAsync(browser, page, $"{page}/ship", new() { ["carrier"] = "顺丰", ["trackingNumber"] = "SF1001", [$"quantity-{boltLine}"] = "fifteen" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Matches($@"id=""quantity-{boltLine}-error"" class=""field-error"">Write a whole number", await unreadable.Content.ReadAsStringAsync());

        var part = await SubmitAsync(browser, page, $"{page}/ship", new() { ["carrier"] = "顺丰", ["trackingNumber"] = "SF1001", [$"quantity-{boltLine}"] = "15", [$"quantity-{nutLine}"] = "" });
        var partHtml = await part.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        Assert.Contains("已记录发货。", partHtml);
        Assert.Contains("部分发货", partHtml);
        Assert.Matches($@"(?s)data-line=""DP-BOLT-{Run}"">.*?<td class=""left"">25</td>", partHtml);
        Assert.Contains($"name=\"quantity-{boltLine}\" inputmode=\"numeric\" size=\"6\" value=\"25\"", partHtml);

        var packing = await browser.GetStringAsync($"{page}/packing-list");
        Assert.Contains("@media print", packing);
        Assert.Matches($@"(?s)data-line=""DP-BOLT-{Run}"">.*?<td class=""quantity"">25</td>", packing);
        Assert.Matches($@"(?s)data-line=""DP-NUT-{Run}"">.*?<td class=""quantity"">5</td>", packing);
        Assert.Contains("收货人（签字及日期）", packing);

        var rest = await SubmitAsync(browser, page, $"{page}/ship", new() { ["carrier"] = "中通", ["trackingNumber"] = "ZT2002", [$"quantity-{boltLine}"] = "25", [$"quantity-{nutLine}"] = "5" });
        var restHtml = await rest.Content.ReadAsStringAsync();
        Assert.Contains("已记录发货，订单已全部发出。", restHtml);
        Assert.DoesNotContain("name=\"carrier\"", restHtml);
        Assert.Contains("ZT2002", restHtml);
        Assert.Contains("本订单已全部发货", await browser.GetStringAsync($"{page}/packing-list"));

        // The list finds it under its new state, in the merchant's words.
        var list = await browser.GetStringAsync($"/{Tenant}/merchant/orders?state=Shipped&q=PO-P-{Run}");
        Assert.Contains($"data-order=\"{id}\"", list);
        Assert.Contains("aria-current=\"page\">已发货", list);
    }

    [Fact]
    public async Task Another_merchant_finds_no_foreign_order_and_a_clerk_without_orders_fulfil_cannot_ship_it()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"DW-BOLT-{Run}", stock: 10, tiers: (1, 1.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"desk-wall-{Run}@plant.cn");
        var id = await PlaceAsync(buyer, address, bolt, 2, $"PO-W-{Run}");
        await host.PayAsync(Tenant, id);
        var lineId = (await (await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner)).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{id}"))
            .GetProperty("lines")[0].GetProperty("id").GetGuid();
        var ship = new Dictionary<string, string> { ["carrier"] = "SF", ["trackingNumber"] = "SF9", [$"quantity-{lineId}"] = "1" };

        var tools = await BrowserAsync(OrderMarketplace.ToolsOwner, "Owner-Pass-2026");
        var own = $"/{Tenant}/merchant/orders";
        foreach (var path in new[] { $"{own}/{id}", $"{own}/{id}/packing-list" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await tools.GetAsync(path)).StatusCode);
        }
        // The account page's form gives anyone signed in a valid antiforgery token to post with.
        var withForm = $"/{Tenant}/account";
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(tools, withForm, $"{own}/{id}/process", new())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(tools, withForm, $"{own}/{id}/ship", new(ship))).StatusCode);
        var toolsApi = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        await ProblemAssert.IsProblemAsync(await toolsApi.GetAsync($"/{Tenant}/api/merchant/orders/{id}"), HttpStatusCode.NotFound);

        // Finance reads the order but has no forms, and posting one anyway is refused naming the permission.
        var finance = await BrowserAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        var readOnly = await finance.GetStringAsync($"{own}/{id}");
        Assert.Contains($"PO-W-{Run}", readOnly);
        Assert.DoesNotContain("name=\"carrier\"", readOnly);
        Assert.DoesNotContain("/process\"", readOnly);
        var refused = await SubmitAsync(finance, withForm, $"{own}/{id}/ship", new(ship));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("orders.fulfil", await refused.Content.ReadAsStringAsync());
        var financeApi = await host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        var apiShip = await financeApi.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", new { carrier = "SF", trackingNumber = "SF9", items = new[] { new { lineId, quantity = 1 } } });
        Assert.Contains("orders.fulfil", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(apiShip, HttpStatusCode.Forbidden), "permission"));
        Assert.Equal(0, (await (await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner)).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{id}"))
            .GetProperty("lines")[0].GetProperty("shipped").GetInt32());
    }

    [Fact]
    public async Task The_merchant_answers_after_sales_on_the_order_page_with_refusals_at_the_field_and_lists_them_by_state()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"DA-BOLT-{Run}", stock: 50, tiers: (1, 4.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"desk-after-{Run}@plant.cn");
        var id = await PlaceAsync(buyer, address, bolt, 10, $"PO-S-{Run}");
        await host.PayAsync(Tenant, id);
        var owner = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var lineId = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{id}")).GetProperty("lines")[0].GetProperty("id").GetGuid();
        var shipped = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", new { carrier = "SF", trackingNumber = "SF7", items = new[] { new { lineId, quantity = 10 } } });
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsync($"/{Tenant}/api/orders/{id}/receive", null)).StatusCode);
        async Task<Guid> FileAsync(string kind, int quantity)
        {
            var filed = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{id}/after-sales", new { kind, reason = $"{kind} of {quantity}", items = new[] { new { lineId, quantity } } });
            var body = await filed.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(filed.StatusCode == HttpStatusCode.Created, body.ToString());
            return body.GetProperty("id").GetGuid();
        }
        var refund = await FileAsync("refund", 1);
        var ret = await FileAsync("return", 2);

        var browser = await BrowserAsync(OrderMarketplace.FastenersOwner, "Owner-Pass-2026");
        var page = $"/{Tenant}/merchant/orders/{id}";
        var sheet = await browser.GetStringAsync(page);
        Assert.Contains("仅退款", sheet);
        Assert.Contains("退货退款", sheet);
        Assert.Contains($"id=\"accept-amount-{refund}\" name=\"refundAmount\" inputmode=\"decimal\" size=\"10\" value=\"4.00\"", sheet);
        Assert.Contains("发起售后", sheet);

        var unreadable = await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{refund}/accept", new() { ["refundAmount"] = "four" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Matches($@"id=""accept-amount-{refund}-error"" class=""field-error"">Write the amount", await unreadable.Content.ReadAsStringAsync());
        var tooMuch = await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{refund}/accept", new() { ["refundAmount"] = "4.01" });
        var tooMuchHtml = await tooMuch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Matches($@"id=""accept-amount-{refund}-error"" class=""field-error"">The refund is above 0 and at most 4.00", tooMuchHtml);
        Assert.Contains("value=\"4.01\"", tooMuchHtml);
        var accepted = await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{refund}/accept", new() { ["refundAmount"] = "3.50" });
        Assert.Contains("已同意售后申请。", await accepted.Content.ReadAsStringAsync());

        var noReason = await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{ret}/reject", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Matches($@"id=""reason-{ret}-error"" class=""field-error"">Tell the buyer why", await noReason.Content.ReadAsStringAsync());
        await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{ret}/accept", new());
        var received = await SubmitAsync(browser, page, $"/{Tenant}/merchant/after-sales/{ret}/receive", new() { ["refundAmount"] = "8.00" });
        var receivedHtml = await received.Content.ReadAsStringAsync();
        Assert.Contains("已确认收到退货", receivedHtml);
        Assert.Contains("已收到退货", receivedHtml);
        var views = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{id}")).GetProperty("afterSales").EnumerateArray().ToList();
        Assert.Equal([3.50m, 8.00m], views.Select(v => v.GetProperty("refundAmount").GetDecimal()));
        Assert.All(views, v => Assert.Equal("RefundPending", v.GetProperty("state").GetString()));

        var pending = await browser.GetStringAsync($"/{Tenant}/merchant/after-sales?state=RefundPending");
        foreach (var view in views) Assert.Contains($"data-after-sales=\"{view.GetProperty("number").GetString()}\"", pending);
        Assert.Contains("aria-current=\"page\">待退款", pending);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync($"/{Tenant}/merchant/after-sales?state=Lost")).StatusCode);

        // Finance reads requests but answers none; another merchant finds none.
        var third = await FileAsync("refund", 1);
        var finance = await BrowserAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        Assert.DoesNotContain($"/merchant/after-sales/{third}/accept", await finance.GetStringAsync(page));
        var refused = await SubmitAsync(finance, $"/{Tenant}/account", $"/{Tenant}/merchant/after-sales/{third}/accept", new() { ["refundAmount"] = "4.00" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("orders.after-sales", await refused.Content.ReadAsStringAsync());
        var tools = await BrowserAsync(OrderMarketplace.ToolsOwner, "Owner-Pass-2026");
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(tools, $"/{Tenant}/account", $"/{Tenant}/merchant/after-sales/{third}/reject", new() { ["reason"] = "no" })).StatusCode);
        Assert.DoesNotContain($"/merchant/orders/{id}", await tools.GetStringAsync($"/{Tenant}/merchant/after-sales"));
    }

    [Fact]
    public async Task Only_the_operator_reads_every_order_with_its_timeline_figures_and_chart()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"DO-WR-{Run}", stock: 50, tiers: (1, 25.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"desk-operator-{Run}@plant.cn");
        var id = await PlaceAsync(buyer, address, bolt, 4, $"PO-O-{Run}");
        await host.PayAsync(Tenant, id);
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));

        var listed = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/orders?q=PO-O-{Run}&state=Paid");
        var row = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetGuid());
        Assert.Equal("深圳精密工具有限公司", row.GetProperty("merchantName").GetString());
        Assert.Equal($"买方 desk-operator-{Run}@plant.cn", row.GetProperty("companyName").GetString());
        var merchantId = row.GetProperty("merchantId").GetGuid();
        Assert.All((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/orders?merchantId={merchantId}&pageSize=100")).GetProperty("items").EnumerateArray(),
            o => Assert.Equal(merchantId, o.GetProperty("merchantId").GetGuid()));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/orders?merchantId={Guid.NewGuid()}")).GetProperty("total").GetInt32());
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/{Tenant}/api/admin/orders?merchantId=tools"), HttpStatusCode.BadRequest), "merchantId");

        var detail = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/orders/{id}");
        Assert.Equal("Paid", detail.GetProperty("order").GetProperty("state").GetString());
        Assert.Equal(["placed", "pay"], detail.GetProperty("order").GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        await ProblemAssert.IsProblemAsync(await admin.GetAsync($"/{Tenant}/api/admin/orders/{Guid.NewGuid()}"), HttpStatusCode.NotFound);

        // Buyers and merchants are no operators; strangers are not signed in.
        var merchant = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        foreach (var outsider in new[] { buyer, merchant })
        {
            await ProblemAssert.IsProblemAsync(await outsider.GetAsync($"/{Tenant}/api/admin/orders"), HttpStatusCode.Forbidden);
            await ProblemAssert.IsProblemAsync(await outsider.GetAsync($"/{Tenant}/api/admin/orders/{id}"), HttpStatusCode.Forbidden);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/{Tenant}/api/admin/orders")).StatusCode);

        var page = await admin.GetStringAsync($"/{Tenant}/admin/orders?lang=zh-CN");
        Assert.Contains($"data-order=\"{id}\"", page);
        Assert.Equal(2 * 30, BarRect().Matches(page).Count);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");
        Assert.Matches($@"<rect class=""bar"" x=""\d+"" y=""\d+"" width=""\d+"" height=""[1-9]\d*"" data-day=""{today}"">", page);
        Assert.Contains("每日订单金额", page);
        var sheet = await admin.GetStringAsync($"/{Tenant}/admin/orders/{id}?lang=zh-CN");
        Assert.Contains("深圳精密工具有限公司", sheet);
        Assert.Contains("提交订单", sheet);
        Assert.Contains("已付款", sheet);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/{Tenant}/admin/orders/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await merchant.GetAsync($"/{Tenant}/admin/orders")).StatusCode);
    }

    [Fact]
    public void Every_state_action_payment_invoice_and_after_sales_word_a_page_shows_has_chinese_in_the_theme_and_the_admin()
    {
        var theme = host.Services.GetRequiredService<ThemeTranslations>();
        var adminTexts = host.Services.GetRequiredKeyedService<EmbeddedViews>(AdminRenderer.Area);
        var shared = OrderLabels.States.Values.Concat(OrderLabels.Actions.Values).Concat(OrderLabels.PaymentMethods.Values).Concat(OrderLabels.InvoiceTypes.Values)
            .Append("All orders").Append("Orders").Distinct().ToList();
        var merchantOnly = OrderLabels.AfterSalesKinds.Values.Concat(OrderLabels.AfterSalesStates.Values).Append("All requests").Append("After-sales").ToList();

        var untranslated = shared.Concat(merchantOnly).Where(w => theme.Translate("Industrial", "zh-CN", w) == w).Select(w => $"theme: {w}")
            .Concat(shared.Where(w => adminTexts.Translate("zh-CN", w) == w).Select(w => $"admin: {w}")).ToList();
        Assert.Empty(untranslated);
    }

    private static async Task<Guid> PlaceAsync(HttpClient buyer, string address, Guid sku, int quantity, string poNumber, string tenant = Tenant)
    {
        Assert.Equal(HttpStatusCode.OK, (await buyer.AddAsync(tenant, sku, quantity)).StatusCode);
        var placed = await buyer.PostAsJsonAsync($"/{tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber });
        var body = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(placed.StatusCode == HttpStatusCode.Created, body.ToString());
        return Assert.Single(body.GetProperty("orders").EnumerateArray()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ListAsync(HttpClient merchant, string tenant, string query)
    {
        var response = await merchant.GetAsync($"/{tenant}/api/merchant/orders?{query}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

    /// <summary>A person signed in with a cookie, as a browser is: what posting the desk's forms needs.</summary>
    private async Task<HttpClient> BrowserAsync(string email, string password)
    {
        await host.InvitedAsync(Tenant, email, password);
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var signedIn = await SubmitAsync(browser, $"/{Tenant}/account/login", $"/{Tenant}/account/login", new() { ["email"] = email, ["password"] = password });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        return browser;
    }

    /// <summary>The id of the line a ship form offers for <paramref name="skuCode"/>.</summary>
    private static Guid LineId(string page, string skuCode) =>
        Guid.Parse(Regex.Match(page, $@"for=""quantity-(?<id>[0-9a-f-]{{36}})"">[^<]*{Regex.Escape(skuCode)}</label>").Groups["id"].Value);

    [GeneratedRegex(@"<rect class=""bar""")]
    private static partial Regex BarRect();
}
