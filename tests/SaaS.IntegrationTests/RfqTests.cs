using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>
/// Requests for quotes: a buyer asks a merchant, the merchant quotes or declines, the buyer accepts and the quote
/// becomes one order at the quoted prices; expiry, illegal moves, field-named refusals, and walls both ways.
/// </summary>
public sealed class RfqTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "rfqs";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchOrdersAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_quote_accepted_becomes_one_order_at_the_quoted_prices_with_stock_reserved_and_the_threshold_applied()
    {
        // MOQ 100 is no obstacle to asking for 40: the quote is where the buyer negotiates.
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RQ-BOLT-{Run}", stock: 500, moq: 100, tiers: (100, 2.00m));
        var nut = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RQ-NUT-{Run}", stock: 50, tiers: (1, 1.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-{Run}@plant.cn");
        Assert.Equal(HttpStatusCode.OK, (await buyer.PutAsJsonAsync($"/{Tenant}/api/company/order-rules", new { approvalThreshold = 50m })).StatusCode);
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);

        var requested = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs", new
        {
            merchantId = await MerchantIdAsync(fasteners), deliveryDate = Today(10), note = "月底前到货",
            items = new object[] { new { skuId = bolt, quantity = 40, targetPrice = 1.50m }, new { skuId = nut, quantity = 10 } },
        });
        var rfq = await requested.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(requested.StatusCode == HttpStatusCode.Created, rfq.ToString());
        var id = rfq.GetProperty("id").GetGuid();
        Assert.Equal($"/api/rfqs/{id}", requested.Headers.Location!.OriginalString);
        Assert.Equal("Requested", rfq.GetProperty("state").GetString());
        Assert.Matches(@"^RFQ-\d{8}-[A-Z0-9]{6}$", rfq.GetProperty("number").GetString());
        Assert.Equal([40, 10], rfq.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("quantity").GetInt32()));
        Assert.Equal(1.50m, rfq.GetProperty("items")[0].GetProperty("targetPrice").GetDecimal());
        Assert.Equal("月底前到货", rfq.GetProperty("thread")[0].GetProperty("body").GetString());
        // Nothing is held for a request: stock is reserved when the quote becomes an order.
        Assert.Equal("500/0", await StockAsync($"RQ-BOLT-{Run}"));

        var desk = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs?state=Requested");
        Assert.Contains(desk.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("companyName").GetString() == $"买方 rfq-{Run}@plant.cn");
        var items = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs/{id}")).GetProperty("items").EnumerateArray().ToList();
        var quoted = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new
        {
            validUntil = Today(7), terms = "款到发货，含税含运",
            lines = new[] { new { itemId = items[0].GetProperty("id").GetGuid(), unitPrice = 1.80m }, new { itemId = items[1].GetProperty("id").GetGuid(), unitPrice = 0.90m } },
        });
        Assert.True(quoted.IsSuccessStatusCode, await quoted.Content.ReadAsStringAsync());

        await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/messages", new { body = "能否开专票？" });
        await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/messages", new { body = "可以。" });
        rfq = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{id}");
        Assert.Equal("Quoted", rfq.GetProperty("state").GetString());
        Assert.Equal(40 * 1.80m + 10 * 0.90m, rfq.GetProperty("quote").GetProperty("total").GetDecimal());
        Assert.Equal(Today(7), rfq.GetProperty("quote").GetProperty("validUntil").GetString());
        Assert.Equal(["requested", "quoted", "message", "message"], rfq.GetProperty("thread").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        var reply = rfq.GetProperty("thread")[3];
        Assert.Equal(("merchant", "可以。"), (reply.GetProperty("side").GetString(), reply.GetProperty("body").GetString()));
        Assert.Equal(rfq.GetProperty("merchantName").GetString(), reply.GetProperty("author").GetString());

        var accepted = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer", poNumber = "PO-RFQ-1" });
        rfq = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(accepted.IsSuccessStatusCode, rfq.ToString());
        Assert.Equal("Accepted", rfq.GetProperty("state").GetString());
        var orderId = rfq.GetProperty("orderId").GetGuid();

        var order = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{orderId}");
        Assert.Equal([1.80m, 0.90m], order.GetProperty("lines").EnumerateArray().OrderByDescending(l => l.GetProperty("quantity").GetInt32()).Select(l => l.GetProperty("unitPrice").GetDecimal()));
        Assert.Equal(81.00m, order.GetProperty("total").GetDecimal());
        Assert.Equal("PendingApproval", order.GetProperty("state").GetString());
        Assert.Equal("PO-RFQ-1", order.GetProperty("poNumber").GetString());
        Assert.Contains(rfq.GetProperty("number").GetString()!, order.GetProperty("timeline")[0].GetProperty("detail").GetString());
        Assert.Equal("500/40", await StockAsync($"RQ-BOLT-{Run}"));
        Assert.Equal("50/10", await StockAsync($"RQ-NUT-{Run}"));
        Assert.Contains((await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders")).GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == orderId);

        // The quote is spent: a second acceptance or a new quote is refused by the state, and nothing more is held.
        var again = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains("Accepted", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "state"));
        var requote = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new
        {
            validUntil = Today(7), lines = items.Select(i => new { itemId = i.GetProperty("id").GetGuid(), unitPrice = 1m }).ToArray(),
        });
        Assert.Contains("Accepted", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(requote, HttpStatusCode.Conflict), "state"));
        Assert.Equal("500/40", await StockAsync($"RQ-BOLT-{Run}"));
    }

    [Fact]
    public async Task A_requote_replaces_the_quote_and_a_short_item_refuses_the_acceptance_by_name_writing_nothing()
    {
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"RQ-WR-{Run}", stock: 5, tiers: (1, 80.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-short-{Run}@plant.cn");
        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var id = await RequestAsync(buyer, await MerchantIdAsync(tools), (wrench, 8));
        await QuoteAsync(tools, id, 70.00m);
        var rfq = await QuoteAsync(tools, id, 65.00m);
        Assert.Equal(520.00m, rfq.GetProperty("quote").GetProperty("total").GetDecimal());
        Assert.Equal(["requested", "quoted", "quoted"], rfq.GetProperty("thread").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));

        var accept = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains("Only 5 available", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(accept, HttpStatusCode.Conflict), "items[0].quantity"));
        rfq = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{id}");
        Assert.Equal("Quoted", rfq.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, rfq.GetProperty("orderId").ValueKind);
        Assert.Empty((await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders")).EnumerateArray());
        Assert.Equal("5/0", await StockAsync($"RQ-WR-{Run}"));
    }

    [Fact]
    public async Task The_merchant_declines_with_a_reason_the_buyer_reads_and_a_declined_rfq_cannot_be_quoted_or_accepted()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RD-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-decline-{Run}@plant.cn");
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var id = await RequestAsync(buyer, await MerchantIdAsync(fasteners), (bolt, 5000));

        var silent = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/decline", new { reason = " " });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(silent, HttpStatusCode.BadRequest), "reason");
        var declined = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/decline", new { reason = "产能不足，无法承接 5000 件" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        var rfq = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{id}");
        Assert.Equal("Declined", rfq.GetProperty("state").GetString());
        Assert.Equal("产能不足，无法承接 5000 件", rfq.GetProperty("declineReason").GetString());
        Assert.Equal(("declined", "merchant"), (rfq.GetProperty("thread")[1].GetProperty("kind").GetString(), rfq.GetProperty("thread")[1].GetProperty("side").GetString()));
        Assert.Equal(JsonValueKind.Null, rfq.GetProperty("expiresUtc").ValueKind);
        Assert.Contains((await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs?state=Declined")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs?state=Requested")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        var accept = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains("Declined", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(accept, HttpStatusCode.Conflict), "state"));
        var quote = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new { validUntil = Today(3), lines = new[] { new { itemId = rfq.GetProperty("items")[0].GetProperty("id").GetGuid(), unitPrice = 2m } } });
        Assert.Contains("Declined", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(quote, HttpStatusCode.Conflict), "state"));
        var twice = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/decline", new { reason = "again" });
        Assert.Contains("Declined", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict), "state"));
        // The conversation may go on about a closed request.
        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/messages", new { body = "那 2000 件呢？" })).StatusCode);
    }

    [Fact]
    public async Task Unanswered_requests_expire_by_the_job_and_lapsed_quotes_on_the_next_read()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RE-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-expiry-{Run}@plant.cn");
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var merchantId = await MerchantIdAsync(fasteners);
        var unanswered = await RequestAsync(buyer, merchantId, (bolt, 10));
        var lapsing = await RequestAsync(buyer, merchantId, (bolt, 20));
        await QuoteAsync(fasteners, lapsing, 2.50m);

        var rfq = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{unanswered}");
        Assert.Equal(TimeSpan.FromDays(14), rfq.GetProperty("expiresUtc").GetDateTimeOffset() - rfq.GetProperty("requestedUtc").GetDateTimeOffset());
        var jobs = host.Services.GetRequiredService<SaaS.Tenancy.TenantJobRunner>();
        await jobs.RunOnceAsync(CancellationToken.None);
        Assert.Equal("Requested", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{unanswered}")).GetProperty("state").GetString());

        // Fifteen days later nobody has answered; the job expires it without anyone opening it.
        await host.TenantSqlAsync(Tenant, $"UPDATE Rfqs SET ExpiresUtc = '2020-01-01 00:00:00+00:00' WHERE Id = '{unanswered.ToString().ToUpperInvariant()}'");
        await jobs.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1L, await host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM Rfqs WHERE State = 'Expired' AND Id = '{unanswered.ToString().ToUpperInvariant()}'"));
        rfq = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{unanswered}");
        Assert.Equal(("expired", "system"), (rfq.GetProperty("thread")[1].GetProperty("kind").GetString(), rfq.GetProperty("thread")[1].GetProperty("side").GetString()));
        var late = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{unanswered}/quote", new { validUntil = Today(3), lines = new[] { new { itemId = rfq.GetProperty("items")[0].GetProperty("id").GetGuid(), unitPrice = 2m } } });
        Assert.Contains("Expired", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(late, HttpStatusCode.Conflict), "state"));

        // The quote's last valid day has passed: the buyer's acceptance finds it Expired, and nothing is ordered.
        await host.TenantSqlAsync(Tenant, $"UPDATE Rfqs SET ValidUntil = '2020-01-01', ExpiresUtc = '2020-01-02 00:00:00+00:00' WHERE Id = '{lapsing.ToString().ToUpperInvariant()}'");
        var accept = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{lapsing}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains("Expired", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(accept, HttpStatusCode.Conflict), "state"));
        Assert.Contains((await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs?state=Expired")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == lapsing);
        Assert.Empty((await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders")).EnumerateArray());
    }

    [Fact]
    public async Task Refused_requests_quotes_and_acceptances_name_their_fields()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RV-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var hidden = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RV-GONE-{Run}", stock: 100, tiers: (1, 3.00m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"RV-WR-{Run}", stock: 100, tiers: (1, 30.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-fields-{Run}@plant.cn");
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var merchantId = await MerchantIdAsync(fasteners);
        await DelistAsync(fasteners, $"RV-GONE-{Run}");

        var bad = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs", new
        {
            deliveryDate = "2020-01-01", note = new string('x', 1001),
            items = new object[] { new { skuId = bolt, quantity = 0, targetPrice = -1m }, new { skuId = bolt, quantity = 5, targetPrice = 1.234m }, new { quantity = 1 } },
        });
        var invalid = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "merchantId", "deliveryDate", "note", "items[0].quantity", "items[0].targetPrice", "items[1].targetPrice", "items[2].skuId" }) ProblemAssert.FieldErrors(invalid, field);
        Assert.Contains("twice", ProblemAssert.FieldErrors(invalid, "items[1].skuId"));
        var tooMany = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs", new { merchantId, items = Enumerable.Range(0, 51).Select(_ => new { skuId = Guid.NewGuid(), quantity = 1 }).ToArray() });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMany, HttpStatusCode.BadRequest), "items");
        var foreign = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs", new
        {
            merchantId, items = new object[] { new { skuId = bolt, quantity = 1 }, new { skuId = wrench, quantity = 1 }, new { skuId = hidden, quantity = 1 }, new { skuId = Guid.NewGuid(), quantity = 1 } },
        });
        var unknown = await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.UnprocessableEntity);
        foreach (var field in new[] { "items[1].skuId", "items[2].skuId", "items[3].skuId" }) ProblemAssert.FieldErrors(unknown, field);
        Assert.False(unknown.GetProperty("errors").TryGetProperty("items[0].skuId", out _));

        var id = await RequestAsync(buyer, merchantId, (bolt, 10));
        var early = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains("Requested", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(early, HttpStatusCode.Conflict), "state"));
        var itemId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs/{id}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        var badQuote = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new { validUntil = Today(95), terms = new string('x', 2001), lines = new[] { new { itemId, unitPrice = 0m } } });
        var quoteInvalid = await ProblemAssert.IsProblemAsync(badQuote, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "validUntil", "terms", "lines[0].unitPrice" }) ProblemAssert.FieldErrors(quoteInvalid, field);
        var yesterday = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new { validUntil = Today(-1), lines = new[] { new { itemId, unitPrice = 2m } } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(yesterday, HttpStatusCode.BadRequest), "validUntil");
        var stray = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new { validUntil = Today(3), lines = new[] { new { itemId = Guid.NewGuid(), unitPrice = 2m } } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(stray, HttpStatusCode.UnprocessableEntity), "lines[0].itemId");
        var empty = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{id}/quote", new { validUntil = Today(3), lines = Array.Empty<object>() });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.BadRequest), "lines");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/messages", new { body = "" }), HttpStatusCode.BadRequest), "body");

        await QuoteAsync(fasteners, id, 2.00m);
        var terms = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { invoiceType = "receipt", paymentMethod = "cash", requestedDeliveryDate = "2020-01-01" });
        var termsInvalid = await ProblemAssert.IsProblemAsync(terms, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "addressId", "invoiceType", "paymentMethod", "requestedDeliveryDate" }) ProblemAssert.FieldErrors(termsInvalid, field);
        var foreignAddress = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = Guid.NewGuid(), invoiceType = "ordinary", paymentMethod = "card" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(foreignAddress, HttpStatusCode.UnprocessableEntity), "addressId");

        // Taken off sale after the quote: the quote cannot buy what the buyer may no longer order.
        await DelistAsync(fasteners, $"RV-BOLT-{Run}");
        var delisted = await buyer.PostAsJsonAsync($"/{Tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "card" });
        Assert.Contains($"RV-BOLT-{Run}", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(delisted, HttpStatusCode.UnprocessableEntity), "items[0].skuId"));
        Assert.Equal("Quoted", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Buyers_see_only_their_company_rfqs_and_merchants_only_their_own_both_ways()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"RW-BOLT-{Run}", stock: 10, tiers: (1, 1.00m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"RW-WR-{Run}", stock: 10, tiers: (1, 9.00m));
        var (buyer, address) = await host.CompanyAsync(Tenant, $"rfq-wall-{Run}@plant.cn");
        var (stranger, strangerAddress) = await host.CompanyAsync(Tenant, $"rfq-wall-stranger-{Run}@plant.cn");
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var mine = await RequestAsync(buyer, await MerchantIdAsync(fasteners), (bolt, 2));
        var theirs = await RequestAsync(stranger, await MerchantIdAsync(tools), (wrench, 2));
        await QuoteAsync(fasteners, mine, 1.00m);
        await QuoteAsync(tools, theirs, 9.00m);

        foreach (var (client, foreignId, acceptAddress) in new[] { (stranger, mine, strangerAddress), (buyer, theirs, address) })
        {
            Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == foreignId);
            await ProblemAssert.IsProblemAsync(await client.GetAsync($"/{Tenant}/api/rfqs/{foreignId}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync($"/{Tenant}/api/rfqs/{foreignId}/messages", new { body = "你好" }), HttpStatusCode.NotFound);
            var accept = await client.PostAsJsonAsync($"/{Tenant}/api/rfqs/{foreignId}/accept", new { addressId = acceptAddress, invoiceType = "ordinary", paymentMethod = "card" });
            await ProblemAssert.IsProblemAsync(accept, HttpStatusCode.NotFound);
        }
        foreach (var (merchant, foreignId) in new[] { (tools, mine), (fasteners, theirs) })
        {
            Assert.DoesNotContain((await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == foreignId);
            await ProblemAssert.IsProblemAsync(await merchant.GetAsync($"/{Tenant}/api/merchant/rfqs/{foreignId}"), HttpStatusCode.NotFound);
            var quote = new { validUntil = Today(3), lines = new[] { new { itemId = Guid.NewGuid(), unitPrice = 1m } } };
            await ProblemAssert.IsProblemAsync(await merchant.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{foreignId}/quote", quote), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await merchant.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{foreignId}/decline", new { reason = "x" }), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await merchant.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{foreignId}/messages", new { body = "x" }), HttpStatusCode.NotFound);
        }
        Assert.Equal("Quoted", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/rfqs/{mine}")).GetProperty("state").GetString());

        // A buyer is no merchant; staff read quote requests with rfqs.view and answer them with rfqs.quote.
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/merchant/rfqs/{mine}"), HttpStatusCode.Forbidden);
        var finance = await host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        Assert.Contains("rfqs.view", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await finance.GetAsync($"/{Tenant}/api/merchant/rfqs/{mine}"), HttpStatusCode.Forbidden), "permission"));
        var products = await host.InvitedAsync(Tenant, "products@fasteners.example.cn", "Products-Pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await products.GetAsync($"/{Tenant}/api/merchant/rfqs/{mine}")).StatusCode);
        var refused = await products.PostAsJsonAsync($"/{Tenant}/api/merchant/rfqs/{mine}/decline", new { reason = "x" });
        Assert.Contains("rfqs.quote", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden), "permission"));
    }

    [Fact]
    public async Task Buyer_and_merchant_work_a_quote_through_the_pages_with_refusals_at_their_fields()
    {
        var code = $"RP-BOLT-{Run}";
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 500, moq: 100, tiers: (100, 2.00m));
        var email = $"rfq-pages-{Run}@plant.cn";
        await host.CompanyAsync(Tenant, email);
        var fasteners = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var productId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q={code}"))[0].GetProperty("id").GetString();
        var slug = (await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}")).GetProperty("slug").GetString();

        var buyer = await SignedInAsync(host, Tenant, email, CompanyBuyers.Password);
        Assert.Contains($"/{Tenant}/rfqs/new?sku={code}", await buyer.GetStringAsync($"/{Tenant}/p/{slug}"));
        var form = await buyer.GetStringAsync($"/{Tenant}/rfqs/new?sku={code}");
        Assert.Contains($"name=\"items[0].code\" maxlength=\"64\" value=\"{code}\"", form);
        var merchantId = await MerchantIdAsync(fasteners);
        Assert.Contains($"name=\"merchantId\" value=\"{merchantId}\"", form);

        // Rows without a quantity are skipped: the service's second item is the form's third row, and its message is shown there.
        var refused = await SubmitAsync(buyer, $"/{Tenant}/rfqs/new?sku={code}", $"/{Tenant}/rfqs", new()
        {
            ["merchantId"] = merchantId.ToString(), ["items[0].code"] = code, ["items[0].quantity"] = "0", ["items[1].code"] = "LEFT-OUT", ["items[1].quantity"] = "",
            ["items[2].code"] = "NO-SUCH", ["items[2].quantity"] = "5", ["items[2].targetPrice"] = "-1",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""quantity-0-error"" class=""field-error"">The quantity", refusedHtml);
        Assert.Matches(@"id=""target-2-error"" class=""field-error"">A unit price", refusedHtml);
        Assert.DoesNotContain("-1-error", refusedHtml);
        Assert.Contains("value=\"NO-SUCH\"", refusedHtml);
        var unknown = await SubmitAsync(buyer, $"/{Tenant}/rfqs/new?sku={code}", $"/{Tenant}/rfqs", new()
        {
            ["merchantId"] = merchantId.ToString(), ["items[0].code"] = code, ["items[0].quantity"] = "40", ["items[1].code"] = "", ["items[1].quantity"] = "",
            ["items[2].code"] = "NO-SUCH", ["items[2].quantity"] = "5",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Matches(@"id=""code-2-error"" class=""field-error"">The merchant has no such SKU", await unknown.Content.ReadAsStringAsync());

        var sent = await SubmitAsync(buyer, $"/{Tenant}/rfqs/new?sku={code}", $"/{Tenant}/rfqs", new()
        {
            ["merchantId"] = merchantId.ToString(), ["items[0].code"] = code, ["items[0].quantity"] = "40", ["items[0].targetPrice"] = "1.50", ["items[1].code"] = "", ["items[1].quantity"] = "",
            ["deliveryDate"] = Today(20), ["note"] = "请报含税价",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var rfqPath = sent.Headers.Location!.OriginalString;
        Assert.Matches($@"^/{Tenant}/rfqs/[0-9a-f-]{{36}}\?notice=rfq-requested$", rfqPath);
        var id = Guid.Parse(rfqPath.Split('/')[3].Split('?')[0]);
        var detail = await buyer.GetStringAsync(rfqPath);
        Assert.Contains("询价已发送给商家。", detail);
        Assert.Contains("待报价", detail);
        Assert.Contains("请报含税价", detail);

        var merchant = await SignedInAsync(host, Tenant, OrderMarketplace.FastenersOwner, "Owner-Pass-2026");
        var number = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs/{id}")).GetProperty("number").GetString();
        Assert.Contains($"data-rfq=\"{number}\"", await merchant.GetStringAsync($"/{Tenant}/merchant/rfqs?state=Requested"));
        var desk = $"/{Tenant}/merchant/rfqs/{id}";
        var itemId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs/{id}")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var badQuote = await SubmitAsync(merchant, desk, $"{desk}/quote", new() { ["lines[0].itemId"] = itemId, ["lines[0].unitPrice"] = "", ["validUntil"] = Today(120), ["terms"] = "款到发货" });
        Assert.Equal(HttpStatusCode.BadRequest, badQuote.StatusCode);
        var badQuoteHtml = await badQuote.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""price-0-error"" class=""field-error"">", badQuoteHtml);
        Assert.Matches(@"id=""validUntil-error"" class=""field-error"">", badQuoteHtml);
        Assert.Contains("款到发货</textarea>", badQuoteHtml);
        var quoted = await SubmitAsync(merchant, desk, $"{desk}/quote", new() { ["lines[0].itemId"] = itemId, ["lines[0].unitPrice"] = "1.80", ["validUntil"] = Today(10), ["terms"] = "款到发货" });
        Assert.Equal(HttpStatusCode.Redirect, quoted.StatusCode);
        Assert.Contains("报价已发送给买家。", await merchant.GetStringAsync(quoted.Headers.Location!.OriginalString));

        var quote = await buyer.GetStringAsync($"/{Tenant}/rfqs/{id}");
        Assert.Contains("¥72.00", quote);
        Assert.Contains("接受报价并下单", quote);
        var noAddress = await SubmitAsync(buyer, $"/{Tenant}/rfqs/{id}", $"/{Tenant}/rfqs/{id}/accept", new() { ["invoiceType"] = "ordinary", ["paymentMethod"] = "card" });
        Assert.Equal(HttpStatusCode.BadRequest, noAddress.StatusCode);
        Assert.Matches(@"id=""addressId-error"" class=""field-error"">", await noAddress.Content.ReadAsStringAsync());
        var address = (await host.WithToken(await host.LoginAsync($"/{Tenant}", email, CompanyBuyers.Password)).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString()!;
        var accepted = await SubmitAsync(buyer, $"/{Tenant}/rfqs/{id}", $"/{Tenant}/rfqs/{id}/accept", new() { ["addressId"] = address, ["invoiceType"] = "ordinary", ["paymentMethod"] = "bank-transfer", ["poNumber"] = "PO-PAGE" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var orderId = (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/rfqs/{id}")).GetProperty("orderId").GetGuid();
        Assert.Equal($"/{Tenant}/orders/{orderId}?notice=rfq-accepted", accepted.Headers.Location!.OriginalString);
        Assert.Contains("您已接受报价，订单如下。", await buyer.GetStringAsync(accepted.Headers.Location!.OriginalString));
        Assert.Equal("PO-PAGE", (await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{orderId}")).GetProperty("poNumber").GetString());

        // Another merchant's desk and another company's page show the themed 404.
        await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var tools = await SignedInAsync(host, Tenant, OrderMarketplace.ToolsOwner, "Owner-Pass-2026");
        Assert.Equal(HttpStatusCode.NotFound, (await tools.GetAsync(desk)).StatusCode);
        await host.CompanyAsync(Tenant, $"rfq-pages-stranger-{Run}@plant.cn");
        var stranger = await SignedInAsync(host, Tenant, $"rfq-pages-stranger-{Run}@plant.cn", CompanyBuyers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/{Tenant}/rfqs/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_quote_is_given_and_accepted_on_postgres_too()
    {
        // Quotes expire at the start of a day in the marketplace's zone (+08:00): PostgreSQL stores UTC instants only.
        var tenant = $"rfq-pg-{Run.ToLowerInvariant()}";
        await host.LaunchOrdersAsync(tenant, new { databaseProvider = "Postgres" });
        var bolt = await host.SkuAsync(tenant, OrderMarketplace.FastenersOwner, $"RPG-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var (buyer, address) = await host.CompanyAsync(tenant, $"rfq-pg-{Run}@plant.cn");
        var fasteners = await host.MerchantAsync(tenant, OrderMarketplace.FastenersOwner);
        var id = await RequestAsync(tenant, buyer, await MerchantIdAsync(fasteners, tenant), (bolt, 40));
        var quoted = await QuoteAsync(fasteners, id, 2.50m, tenant);
        Assert.Equal("Quoted", quoted.GetProperty("state").GetString());
        var accepted = await buyer.PostAsJsonAsync($"/{tenant}/api/rfqs/{id}/accept", new { addressId = address, invoiceType = "ordinary", paymentMethod = "bank-transfer" });
        var order = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(accepted.IsSuccessStatusCode, order.ToString());
    }

    private Task<Guid> RequestAsync(HttpClient buyer, Guid merchantId, params (Guid SkuId, int Quantity)[] items) => RequestAsync(Tenant, buyer, merchantId, items);

    private static async Task<Guid> RequestAsync(string tenant, HttpClient buyer, Guid merchantId, params (Guid SkuId, int Quantity)[] items)
    {
        var response = await buyer.PostAsJsonAsync($"/{tenant}/api/rfqs", new { merchantId, items = items.Select(i => new { skuId = i.SkuId, quantity = i.Quantity }).ToArray() });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("id").GetGuid();
    }

    /// <summary>Quotes every item of the RFQ at <paramref name="unitPrice"/>, valid for a week.</summary>
    private static async Task<JsonElement> QuoteAsync(HttpClient merchant, Guid id, decimal unitPrice, string tenant = Tenant)
    {
        var rfq = await merchant.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/rfqs/{id}");
        var response = await merchant.PostAsJsonAsync($"/{tenant}/api/merchant/rfqs/{id}/quote", new
        {
            validUntil = Today(7), lines = rfq.GetProperty("items").EnumerateArray().Select(i => new { itemId = i.GetProperty("id").GetGuid(), unitPrice }).ToArray(),
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<Guid> MerchantIdAsync(HttpClient merchant, string tenant = Tenant) =>
        (await merchant.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/profile")).GetProperty("id").GetGuid();

    private async Task DelistAsync(HttpClient merchant, string code)
    {
        var product = (await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q={code}"))[0].GetProperty("id").GetString();
        var delisted = await merchant.PostAsync($"/{Tenant}/api/merchant/products/{product}/delist", null);
        Assert.True(delisted.IsSuccessStatusCode, await delisted.Content.ReadAsStringAsync());
    }

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    private async Task<string> StockAsync(string code) =>
        (string)(await host.TenantScalarAsync(Tenant, $"SELECT Stock || '/' || Reserved FROM Skus WHERE Code = '{code}'"))!;
}
