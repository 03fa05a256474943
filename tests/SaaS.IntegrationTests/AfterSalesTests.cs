using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Orders;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Returns and refunds: filed on shipped units with photos, claimed at most once, accepted or rejected by the
/// merchant, sent back, received (stock back on hand), refunded in part through payments; reorders; and walls
/// between companies and between merchants.
/// </summary>
public sealed class AfterSalesTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "aftersales";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public Task InitializeAsync() => host.LaunchOrdersAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_return_is_accepted_sent_back_received_with_stock_restored_and_refunded_in_part()
    {
        var code = $"AS-BOLT-{Run}";
        var (buyer, order, lineId) = await ShippedOrderAsync(code, quantity: 10, unitPrice: 8.00m, "return");
        var early = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "return", reason = "wrong size", items = new[] { new { lineId, quantity = 1 } } });
        Assert.Contains("Shipped", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict), "state"));
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsync($"/{Tenant}/api/orders/{order}/receive", null)).StatusCode);

        var notImage = await UploadAsync(buyer, order, "not a photo"u8.ToArray());
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(notImage, HttpStatusCode.BadRequest), "file");
        var uploaded = await UploadAsync(buyer, order, Png);
        var photo = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);

        var invalid = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "swap", reason = "", items = Array.Empty<object>() });
        var problem = await ProblemAssert.IsProblemAsync(invalid, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "kind", "reason", "items" }) ProblemAssert.FieldErrors(problem, field);
        var tooMany = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "return", reason = "wrong size", items = new object[] { new { lineId, quantity = 11 }, new { lineId = Guid.NewGuid(), quantity = 1 } } });
        var misfit = await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("10", ProblemAssert.FieldErrors(misfit, "items[0].quantity"));
        ProblemAssert.FieldErrors(misfit, "items[1].lineId");

        var filed = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "return", reason = "4 bolts have stripped threads", items = new[] { new { lineId, quantity = 4 } }, photoIds = new[] { photo.GetProperty("id").GetGuid() } });
        var request = await filed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(filed.StatusCode == HttpStatusCode.Created, request.ToString());
        Assert.Equal("Requested", request.GetProperty("state").GetString());
        Assert.Equal(32.00m, request.GetProperty("claimedAmount").GetDecimal());
        Assert.Equal(code, request.GetProperty("items")[0].GetProperty("skuCode").GetString());
        var id = request.GetProperty("id").GetString();

        // The 4 units are claimed: another request may take the other 6, not 7.
        var again = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "refund", reason = "missing", items = new[] { new { lineId, quantity = 7 } } });
        Assert.Contains("6", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.UnprocessableEntity), "items[0].quantity"));
        var reused = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "refund", reason = "missing", items = new[] { new { lineId, quantity = 1 } }, photoIds = new[] { photo.GetProperty("id").GetGuid() } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(reused, HttpStatusCode.UnprocessableEntity), "photoIds[0]");

        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var seen = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{order}");
        var photoUrl = seen.GetProperty("afterSales")[0].GetProperty("photos")[0].GetProperty("url").GetString()!;
        var image = await fasteners.GetAsync($"/{Tenant}{photoUrl}");
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Contains((await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/after-sales?state=Requested")).EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        var accepted = await (await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/accept", new { })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("AwaitingReturn", accepted.GetProperty("state").GetString());
        var twice = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/accept", new { });
        Assert.Contains("AwaitingReturn", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict), "state"));

        var sentBack = await buyer.PostAsJsonAsync($"/{Tenant}/api/after-sales/{id}/return-shipment", new { carrier = "顺丰", trackingNumber = "SF-RET-1" });
        Assert.Equal("ReturnShipped", (await sentBack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        Assert.Equal("90/0", await host.StockAsync(Tenant, code));

        var overRefund = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/receive", new { refundAmount = 32.01m });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(overRefund, HttpStatusCode.BadRequest), "refundAmount");
        Assert.Equal("90/0", await host.StockAsync(Tenant, code));
        var received = await (await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/receive", new { refundAmount = 30.00m })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("RefundPending", received.GetProperty("state").GetString());
        Assert.Equal(30.00m, received.GetProperty("refundAmount").GetDecimal());
        Assert.Equal("94/0", await host.StockAsync(Tenant, code));

        await RefundAsync(Guid.Parse(id!));
        await Assert.ThrowsAsync<SaaS.Problems.ConflictException>(() => RefundAsync(Guid.Parse(id!)));
        var final = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order}");
        var afterSales = final.GetProperty("afterSales")[0];
        Assert.Equal("Refunded", afterSales.GetProperty("state").GetString());
        Assert.Equal(["after-sales.request", "after-sales.accept", "after-sales.shipback", "after-sales.receive", "after-sales.refund"],
            afterSales.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Contains(final.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("action").GetString() == "after-sales.receive");
    }

    [Fact]
    public async Task A_refund_request_is_rejected_with_a_reason_or_cancelled_and_the_window_closes_after_delivery()
    {
        var (buyer, order, lineId) = await ShippedOrderAsync($"AS-GLOVE-{Run}", quantity: 6, unitPrice: 5.00m, "refund");
        var filed = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "refund", reason = "2 pairs torn", items = new[] { new { lineId, quantity = 2 } } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = filed.GetProperty("id").GetString();
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);

        var noAmount = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/accept", new { });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(noAmount, HttpStatusCode.BadRequest), "refundAmount");
        var noReason = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/reject", new { reason = " " });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest), "reason");
        var rejected = await (await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/reject", new { reason = "Photos show wear from use" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Rejected", rejected.GetProperty("state").GetString());
        Assert.Equal("Photos show wear from use", rejected.GetProperty("rejectionReason").GetString());

        // A rejected request frees its units: the buyer may file again, and cancel it.
        var second = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "refund", reason = "torn, see again", items = new[] { new { lineId, quantity = 6 } } })).Content.ReadFromJsonAsync<JsonElement>();
        var cancelled = await (await buyer.PostAsync($"/{Tenant}/api/after-sales/{second.GetProperty("id").GetString()}/cancel", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cancelled", cancelled.GetProperty("state").GetString());
        var late = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{second.GetProperty("id").GetString()}/accept", new { refundAmount = 1m });
        Assert.Contains("Cancelled", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict), "state"));

        await buyer.PostAsync($"/{Tenant}/api/orders/{order}/receive", null);
        await host.TenantSqlAsync(Tenant, $"UPDATE OrderEvents SET AtUtc = '2020-01-01 00:00:00+00:00' WHERE Action = 'deliver' AND OrderId = '{order.ToString().ToUpperInvariant()}'");
        var closed = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "return", reason = "late", items = new[] { new { lineId, quantity = 1 } } });
        Assert.Contains("15 days", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(closed, HttpStatusCode.Conflict), "state"));
    }

    [Fact]
    public async Task Another_company_and_another_merchant_find_none_of_the_requests()
    {
        var (buyer, order, lineId) = await ShippedOrderAsync($"AS-WALL-{Run}", quantity: 3, unitPrice: 2.00m, "wall");
        var photo = await (await UploadAsync(buyer, order, Png)).Content.ReadFromJsonAsync<JsonElement>();
        var filed = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "refund", reason = "dented", items = new[] { new { lineId, quantity = 1 } }, photoIds = new[] { photo.GetProperty("id").GetGuid() } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = filed.GetProperty("id").GetString();
        var photoId = photo.GetProperty("id").GetString();

        var (stranger, _) = await host.CompanyAsync(Tenant, $"as-stranger-{Run}@plant.cn");
        foreach (var response in new[]
        {
            await stranger.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "refund", reason = "mine", items = new[] { new { lineId, quantity = 1 } } }),
            await UploadAsync(stranger, order, Png),
            await stranger.GetAsync($"/{Tenant}/api/orders/{order}/after-sales/photos/{photoId}"),
            await stranger.PostAsJsonAsync($"/{Tenant}/api/after-sales/{id}/return-shipment", new { carrier = "SF", trackingNumber = "1" }),
            await stranger.PostAsync($"/{Tenant}/api/after-sales/{id}/cancel", null),
            await stranger.PostAsync($"/{Tenant}/api/orders/{order}/reorder", null),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        Assert.DoesNotContain((await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/after-sales")).EnumerateArray(), r => r.GetProperty("id").GetString() == id);
        foreach (var response in new[]
        {
            await tools.GetAsync($"/{Tenant}/api/merchant/after-sales/{id}"),
            await tools.GetAsync($"/{Tenant}/api/merchant/orders/{order}/after-sales/photos/{photoId}"),
            await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/accept", new { refundAmount = 1m }),
            await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/reject", new { reason = "no" }),
            await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{id}/receive", new { refundAmount = 1m }),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal("Requested", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order}")).GetProperty("afterSales")[0].GetProperty("state").GetString());
        // The photo is private: it is not in the public media folder.
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync($"/{Tenant}/media/{photoId}.png")).StatusCode);
    }

    [Fact]
    public async Task Reorder_puts_what_can_still_be_bought_back_in_the_cart_at_todays_prices_and_says_what_it_skipped()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RO-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"RO-WR-{Run}", stock: 5, tiers: (1, 50.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"reorder-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 20);
        await buyer.AddAsync(Tenant, wrench, 5);
        var orders = (await (await buyer.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders").EnumerateArray().ToList();
        var boltOrder = orders.Single(o => o.GetProperty("total").GetDecimal() == 60m).GetProperty("id").GetGuid();
        var wrenchOrder = orders.Single(o => o.GetProperty("total").GetDecimal() == 250m).GetProperty("id").GetGuid();

        // The wrenches are all reserved by the first order: reordering them is skipped, with the reason.
        var skipped = await (await buyer.PostAsync($"/{Tenant}/api/orders/{wrenchOrder}/reorder", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, skipped.GetProperty("added").GetInt32());
        Assert.Equal($"RO-WR-{Run}", skipped.GetProperty("skipped")[0].GetProperty("skuCode").GetString());
        Assert.Contains("available", skipped.GetProperty("skipped")[0].GetProperty("reason").GetString());

        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var product = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=RO-BOLT-{Run}"))[0];
        var repriced = await fasteners.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{product.GetProperty("id").GetString()}",
            await host.ProductAsync(Tenant, OrderMarketplace.FastenersOwner, $"RO-BOLT-{Run}", 100, tiers: (1, 3.50m)));
        Assert.True(repriced.IsSuccessStatusCode, await repriced.Content.ReadAsStringAsync());
        var added = await (await buyer.PostAsync($"/{Tenant}/api/orders/{boltOrder}/reorder", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        var line = added.GetProperty("cart").GetProperty("merchants")[0].GetProperty("lines")[0];
        Assert.Equal(20, line.GetProperty("quantity").GetInt32());
        Assert.Equal(3.50m, line.GetProperty("unitPrice").GetDecimal());
    }

    /// <summary>A company's paid order of one SKU, shipped in full: the buyer, the order and its line.</summary>
    private async Task<(HttpClient Buyer, Guid Order, string LineId)> ShippedOrderAsync(string code, int quantity, decimal unitPrice, string who)
    {
        var sku = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 100, tiers: (1, unitPrice));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"as-{who}-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, sku, quantity);
        var order = (await (await buyer.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();
        await host.PayAsync(Tenant, order);
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var lineId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{order}")).GetProperty("lines")[0].GetProperty("id").GetString()!;
        var shipped = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{order}/shipments", new { carrier = "SF", trackingNumber = $"SF-{code}", items = new[] { new { lineId, quantity } } });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        return (buyer, order, lineId);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid order, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "evidence.png");
        return client.PostAsync($"/{Tenant}/api/orders/{order}/after-sales/photos", form);
    }

    private async Task RefundAsync(Guid requestId)
    {
        await using var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value;
        await scope.ServiceProvider.GetRequiredService<IAfterSalesRefunds>().MarkRefundedAsync(requestId, "test-refund", CancellationToken.None);
    }
}
