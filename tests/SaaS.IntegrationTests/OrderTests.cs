using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Carts, checkout and the order lifecycle: lines judged by MOQ, pack size and stock, one order per merchant at
/// frozen prices, stock reserved then sold or released, approvals, shipments, and walls between companies and merchants.
/// </summary>
public sealed class OrderTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "orders";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchOrdersAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_cart_groups_by_merchant_prices_by_tier_and_refuses_moq_pack_size_and_stock_naming_the_line()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"OC-BOLT-{Run}", stock: 500, moq: 10, multiple: 10, (10, 2.00m), (100, 1.50m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"OC-WR-{Run}", stock: 5, tiers: (1, 88.00m));
        var (buyer, _) = await host.CompanyAsync(Tenant, $"cart-{Run}@plant.cn");

        var belowMoq = await buyer.AddAsync(Tenant, bolt, 5);
        Assert.Contains("minimum order", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(belowMoq, HttpStatusCode.UnprocessableEntity), "quantity"));
        var offPack = await buyer.AddAsync(Tenant, bolt, 15);
        Assert.Contains("multiples of 10", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(offPack, HttpStatusCode.UnprocessableEntity), "quantity"));
        var tooMany = await buyer.AddAsync(Tenant, wrench, 6);
        Assert.Contains("Only 5", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.Conflict), "quantity"));
        await ProblemAssert.IsProblemAsync(await buyer.AddAsync(Tenant, Guid.NewGuid(), 1), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await buyer.AddAsync(Tenant, bolt, 50)).StatusCode);
        var cart = await (await buyer.AddAsync(Tenant, wrench, 2)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, cart.GetProperty("merchants").GetArrayLength());
        Assert.Equal(2.00m, Line(cart, bolt).GetProperty("unitPrice").GetDecimal());
        Assert.Equal(100m + 176m, cart.GetProperty("total").GetDecimal());

        // Reaching the next tier reprices the whole line.
        var lineId = Line(cart, bolt).GetProperty("id").GetString();
        cart = await (await buyer.PutAsJsonAsync($"/{Tenant}/api/cart/items/{lineId}", new { quantity = 100 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1.50m, Line(cart, bolt).GetProperty("unitPrice").GetDecimal());
        Assert.Equal(150m, Line(cart, bolt).GetProperty("lineTotal").GetDecimal());
        var badUpdate = await buyer.PutAsJsonAsync($"/{Tenant}/api/cart/items/{lineId}", new { quantity = 105 });
        await ProblemAssert.IsProblemAsync(badUpdate, HttpStatusCode.UnprocessableEntity);

        // Quick order: every line is judged, an unknown code is named by its line, nothing is added when one fails.
        var quick = await buyer.PostAsJsonAsync($"/{Tenant}/api/cart/quick", new { lines = $"OC-WR-{Run}, 1\nNO-SUCH-{Run}, 3\nOC-BOLT-{Run} 7" });
        var problem = await ProblemAssert.IsProblemAsync(quick, HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"NO-SUCH-{Run}", ProblemAssert.FieldErrors(problem, "lines[1].code"));
        Assert.Contains("multiples of 10", ProblemAssert.FieldErrors(problem, "lines[2].quantity"));
        cart = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/cart");
        Assert.Equal(2, Line(cart, wrench).GetProperty("quantity").GetInt32());
        cart = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/cart/quick", new { lines = $"oc-wr-{Run}, 1\nOC-BOLT-{Run}\t10" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, Line(cart, wrench).GetProperty("quantity").GetInt32());
        Assert.Equal(110, Line(cart, bolt).GetProperty("quantity").GetInt32());

        // Saved for later: kept, but out of the merchant groups and the total.
        var wrenchLine = Line(cart, wrench).GetProperty("id").GetString();
        cart = await (await buyer.PutAsJsonAsync($"/{Tenant}/api/cart/items/{wrenchLine}", new { savedForLater = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, cart.GetProperty("merchants").GetArrayLength());
        Assert.Equal(wrenchLine, cart.GetProperty("savedForLater")[0].GetProperty("id").GetString());
        Assert.Equal(165m, cart.GetProperty("total").GetDecimal());
        cart = await (await buyer.DeleteAsync($"/{Tenant}/api/cart/items/{wrenchLine}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, cart.GetProperty("savedForLater").GetArrayLength());

        // Another company's line is not there for this buyer.
        var (stranger, _) = await host.CompanyAsync(Tenant, $"cart-stranger-{Run}@plant.cn");
        await ProblemAssert.IsProblemAsync(await stranger.DeleteAsync($"/{Tenant}/api/cart/items/{lineId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Checkout_splits_the_cart_per_merchant_freezes_prices_reserves_stock_and_ships_in_parts()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CO-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"CO-WR-{Run}", stock: 10, tiers: (1, 50.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"checkout-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 40);
        await buyer.AddAsync(Tenant, wrench, 4);

        var bad = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { invoiceType = "receipt", paymentMethod = "cash", requestedDeliveryDate = "2020-01-01" });
        var invalid = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "addressId", "invoiceType", "paymentMethod", "requestedDeliveryDate" }) ProblemAssert.FieldErrors(invalid, field);
        var vat = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "vat-special", paymentMethod = "card" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(vat, HttpStatusCode.BadRequest), "invoiceTitleId");
        var foreignAddress = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = Guid.NewGuid(), invoiceType = "ordinary", paymentMethod = "card" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(foreignAddress, HttpStatusCode.UnprocessableEntity), "addressId");

        var placed = await buyer.CheckoutAsync(Tenant, address);
        var result = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(placed.StatusCode == HttpStatusCode.Created, result.ToString());
        var orders = result.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(2, orders.Count);
        Assert.All(orders, o => Assert.Equal("PendingPayment", o.GetProperty("state").GetString()));
        Assert.Equal([120m, 200m], orders.Select(o => o.GetProperty("total").GetDecimal()).Order());
        var checkoutId = result.GetProperty("checkoutId").GetString();
        var boltOrder = orders.Single(o => o.GetProperty("total").GetDecimal() == 120m).GetProperty("id").GetGuid();
        Assert.Equal(0, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/cart")).GetProperty("merchants").GetArrayLength());
        Assert.Equal("100/40", await StockAsync($"CO-BOLT-{Run}"));
        await ProblemAssert.IsProblemAsync(await buyer.CheckoutAsync(Tenant, address), HttpStatusCode.Conflict);

        // The merchant's later price change does not reach the placed order.
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var mine = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == boltOrder && o.GetProperty("checkoutId").GetString() == checkoutId);
        var product = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=CO-BOLT-{Run}"))[0];
        var edited = await fasteners.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{product.GetProperty("id").GetString()}",
            await host.ProductAsync(Tenant, OrderMarketplace.FastenersOwner, $"CO-BOLT-{Run}", 100, tiers: (1, 4.00m)));
        var editedBody = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(edited.IsSuccessStatusCode, editedBody.ToString());
        Assert.Equal(bolt, editedBody.GetProperty("skus")[0].GetProperty("id").GetGuid());
        Assert.Equal("100/40", await StockAsync($"CO-BOLT-{Run}"));
        var dropped = await fasteners.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{product.GetProperty("id").GetString()}",
            await host.ProductAsync(Tenant, OrderMarketplace.FastenersOwner, $"CO-BOLT-NEW-{Run}", 100));
        Assert.Contains("reserved", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(dropped, HttpStatusCode.Conflict), "skus"));
        // 40 units are held by the order: the merchant may not count fewer than that on hand, by edit or in bulk.
        var belowReserved = await fasteners.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{product.GetProperty("id").GetString()}",
            await host.ProductAsync(Tenant, OrderMarketplace.FastenersOwner, $"CO-BOLT-{Run}", 39, tiers: (1, 4.00m)));
        Assert.Contains("40 units reserved", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(belowReserved, HttpStatusCode.Conflict), "skus[0].stock"));
        var bulk = await (await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/products/bulk", new { ids = new[] { product.GetProperty("id").GetString() }, action = "stock", stock = 10 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(bulk[0].GetProperty("done").GetBoolean());
        Assert.Contains("40 units reserved", bulk[0].GetProperty("error").GetString());
        Assert.Equal("100/40", await StockAsync($"CO-BOLT-{Run}"));
        var desk = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{boltOrder}");
        Assert.Equal(3.00m, desk.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal("江苏省苏州市", desk.GetProperty("shipTo").GetProperty("Region").GetString());
        var lineId = desk.GetProperty("lines")[0].GetProperty("id").GetString();

        // Not paid: nothing can ship. The state is named.
        var early = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{boltOrder}/shipments", new { carrier = "SF", trackingNumber = "SF1", items = new[] { new { lineId, quantity = 10 } } });
        Assert.Contains("PendingPayment", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict), "state"));

        await host.PayAsync(Tenant, boltOrder);
        Assert.Equal("60/0", await StockAsync($"CO-BOLT-{Run}"));
        var paidTwice = await Assert.ThrowsAsync<SaaS.Problems.ConflictException>(() => host.PayAsync(Tenant, boltOrder));
        Assert.Contains("Paid", paidTwice.Message);

        var tooMuch = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{boltOrder}/shipments", new { carrier = "SF", trackingNumber = "SF1", items = new[] { new { lineId, quantity = 41 } } });
        Assert.Contains("40", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.UnprocessableEntity), "items[0].quantity"));
        var part = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{boltOrder}/shipments", new { carrier = "SF", trackingNumber = "SF1001", items = new[] { new { lineId, quantity = 15 } } });
        Assert.Equal("PartiallyShipped", (await part.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var rest = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{boltOrder}/shipments", new { carrier = "ZTO", trackingNumber = "ZT2002", items = new[] { new { lineId, quantity = 25 } } });
        var shipped = await rest.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Shipped", shipped.GetProperty("state").GetString());
        Assert.Equal(2, shipped.GetProperty("shipments").GetArrayLength());

        var cancel = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{boltOrder}/cancel", new { reason = "too late" });
        Assert.Contains("Shipped", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(cancel, HttpStatusCode.Conflict), "state"));
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsync($"/{Tenant}/api/orders/{boltOrder}/receive", null)).StatusCode);
        var done = await (await buyer.PostAsync($"/{Tenant}/api/orders/{boltOrder}/complete", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", done.GetProperty("state").GetString());
        Assert.Equal(["placed", "pay", "shippart", "shipall", "deliver", "complete"],
            done.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal($"checkout-{Run}@plant.cn", done.GetProperty("timeline")[0].GetProperty("actor").GetString());
        Assert.Equal(OrderMarketplace.FastenersOwner, done.GetProperty("timeline")[2].GetProperty("actor").GetString());

        // The other order, cancelled before payment, gives its reservation back.
        var wrenchOrder = orders.Single(o => o.GetProperty("total").GetDecimal() == 200m).GetProperty("id").GetGuid();
        Assert.Equal("10/4", await StockAsync($"CO-WR-{Run}"));
        var cancelled = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{wrenchOrder}/cancel", new { reason = "changed plans" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", cancelled.GetProperty("state").GetString());
        Assert.Equal("10/0", await StockAsync($"CO-WR-{Run}"));
    }

    [Fact]
    public async Task Orders_over_the_threshold_wait_for_an_approver_who_did_not_place_them()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"AP-BOLT-{Run}", stock: 200, tiers: (1, 10.00m));
        var (admin, address) = await host.CompanyAsync(Tenant, $"approve-admin-{Run}@plant.cn");
        foreach (var (email, role) in new[] { ($"approve-approver-{Run}@plant.cn", "Approver"), ($"approve-second-{Run}@plant.cn", "Approver"), ($"approve-buyer-{Run}@plant.cn", "Purchaser") })
        {
            var invited = await admin.PostAsJsonAsync($"/{Tenant}/api/companies/{(await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine")).GetProperty("id").GetString()}/members", new { email, role });
            Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        }
        var approver = await host.AcceptInvitationAsync(Tenant, $"approve-approver-{Run}@plant.cn", "Approver-Pass-2026");
        var second = await host.AcceptInvitationAsync(Tenant, $"approve-second-{Run}@plant.cn", "Approver-Pass-2026");
        var purchaser = await host.AcceptInvitationAsync(Tenant, $"approve-buyer-{Run}@plant.cn", "Purchaser-Pass-2026");
        await ProblemAssert.IsProblemAsync(await purchaser.PutAsJsonAsync($"/{Tenant}/api/company/order-rules", new { approvalThreshold = 1m }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/{Tenant}/api/company/order-rules", new { approvalThreshold = 500m })).StatusCode);

        await purchaser.AddAsync(Tenant, bolt, 20);
        var small = (await (await purchaser.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0];
        Assert.Equal("PendingPayment", small.GetProperty("state").GetString());

        await approver.AddAsync(Tenant, bolt, 60);
        var big = (await (await approver.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0];
        Assert.Equal("PendingApproval", big.GetProperty("state").GetString());
        var id = big.GetProperty("id").GetString();
        await ProblemAssert.IsProblemAsync(await host.Anonymous().PostAsync($"/{Tenant}/api/orders/{id}/approve", null), HttpStatusCode.Unauthorized);
        Assert.Contains("Purchaser", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await purchaser.PostAsync($"/{Tenant}/api/orders/{id}/approve", null), HttpStatusCode.Forbidden), "role"));
        Assert.Contains("You placed", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await approver.PostAsync($"/{Tenant}/api/orders/{id}/approve", null), HttpStatusCode.Forbidden), "order"));
        await Assert.ThrowsAsync<SaaS.Problems.ConflictException>(() => host.PayAsync(Tenant, Guid.Parse(id!)));

        var approved = await (await second.PostAsync($"/{Tenant}/api/orders/{id}/approve", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PendingPayment", approved.GetProperty("state").GetString());
        Assert.Equal($"approve-second-{Run}@plant.cn", approved.GetProperty("timeline")[1].GetProperty("actor").GetString());
        var again = await second.PostAsync($"/{Tenant}/api/orders/{id}/approve", null);
        Assert.Contains("PendingPayment", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "state"));

        // A rejection, with its reason, releases the stock the order held.
        await approver.AddAsync(Tenant, bolt, 70);
        var third = (await (await approver.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetString();
        Assert.Equal("200/150", await StockAsync($"AP-BOLT-{Run}"));
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await second.PostAsJsonAsync($"/{Tenant}/api/orders/{third}/reject", new { reason = "" }), HttpStatusCode.BadRequest), "reason");
        var rejected = await (await second.PostAsJsonAsync($"/{Tenant}/api/orders/{third}/reject", new { reason = "Over budget" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", rejected.GetProperty("state").GetString());
        Assert.Equal("Over budget", rejected.GetProperty("timeline")[1].GetProperty("detail").GetString());
        Assert.Equal("200/80", await StockAsync($"AP-BOLT-{Run}"));
    }

    [Fact]
    public async Task Unpaid_orders_are_cancelled_by_the_expiry_job_and_their_stock_released()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"EX-BOLT-{Run}", stock: 30, tiers: (1, 1.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"expiry-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 30);
        var late = (await (await buyer.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();
        await ProblemAssert.IsProblemAsync(await buyer.AddAsync(Tenant, bolt, 1), HttpStatusCode.Conflict);

        var jobs = host.Services.GetRequiredService<SaaS.Tenancy.TenantJobRunner>();
        await jobs.RunOnceAsync(CancellationToken.None);
        Assert.Equal("PendingPayment", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{late}")).GetProperty("state").GetString());

        // A day later, still unpaid.
        await host.TenantSqlAsync(Tenant, $"UPDATE Orders SET PaymentDueUtc = '2020-01-01 00:00:00+00:00' WHERE Id = '{late.ToString().ToUpperInvariant()}'");
        await jobs.RunOnceAsync(CancellationToken.None);
        var expired = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{late}");
        Assert.Equal("Cancelled", expired.GetProperty("state").GetString());
        Assert.Equal("system", expired.GetProperty("timeline")[1].GetProperty("actor").GetString());
        Assert.Equal("30/0", await StockAsync($"EX-BOLT-{Run}"));
        await Assert.ThrowsAsync<SaaS.Problems.ConflictException>(() => host.PayAsync(Tenant, late));
    }

    [Fact]
    public async Task Buyers_see_only_their_company_orders_and_merchants_only_their_own()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"WL-BOLT-{Run}", stock: 10, tiers: (1, 1.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"wall-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 2);
        var id = (await (await buyer.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();
        await host.PayAsync(Tenant, id);

        var (stranger, _) = await host.CompanyAsync(Tenant, $"wall-stranger-{Run}@plant.cn");
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders")).EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        foreach (var (method, path) in new[] { ("GET", ""), ("POST", "/approve"), ("POST", "/reject"), ("POST", "/cancel"), ("POST", "/receive"), ("POST", "/complete") })
        {
            var response = await stranger.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/{Tenant}/api/orders/{id}{path}") { Content = method == "POST" ? JsonContent.Create(new { reason = "x" }) : null });
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }

        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        Assert.DoesNotContain((await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders")).GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        var shipment = new { carrier = "SF", trackingNumber = "SF9", items = new[] { new { lineId = Guid.NewGuid(), quantity = 1 } } };
        await ProblemAssert.IsProblemAsync(await tools.GetAsync($"/{Tenant}/api/merchant/orders/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PostAsync($"/{Tenant}/api/merchant/orders/{id}/process", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", shipment), HttpStatusCode.NotFound);

        // A buyer is no merchant, and a merchant's staff without the order permission is refused.
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/merchant/orders/{id}"), HttpStatusCode.Forbidden);
        var products = await host.InvitedAsync(Tenant, "products@fasteners.example.cn", "Products-Pass-2026");
        Assert.Contains("orders.view", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await products.GetAsync($"/{Tenant}/api/merchant/orders/{id}"), HttpStatusCode.Forbidden), "permission"));
        var finance = await host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/{Tenant}/api/merchant/orders/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await finance.PostAsync($"/{Tenant}/api/merchant/orders/{id}/process", null), HttpStatusCode.Forbidden);
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        Assert.Equal("Processing", (await (await fasteners.PostAsync($"/{Tenant}/api/merchant/orders/{id}/process", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
    }

    private static JsonElement Line(JsonElement cart, Guid skuId) =>
        cart.GetProperty("merchants").EnumerateArray().SelectMany(m => m.GetProperty("lines").EnumerateArray())
            .Single(l => l.GetProperty("skuId").GetGuid() == skuId);

    private Task<string> StockAsync(string code) => host.StockAsync(Tenant, code);
}
