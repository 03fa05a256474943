using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using static SaaS.IntegrationTests.OfflinePayments;

namespace SaaS.IntegrationTests;

/// <summary>
/// Credit terms (账期): the operator gives a verified company a limit and net days; orders on credit are judged in
/// the checkout's transaction (refused ones roll the whole checkout back), invoiced and paid from the company's
/// receivable; repayments settle the oldest invoices; statements are read from the ledger.
/// </summary>
public sealed class CreditTermsTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "credit";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchPaymentsAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_verified_company_buys_within_its_limit_is_invoiced_and_repays_the_oldest_invoice_first()
    {
        var (buyer, address, companyId) = await CreditCompanyAsync("flow", limit: 1000m, netDays: 30);
        var admin = await host.AdminAsync(Tenant);
        var listed = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/credit-accounts")).EnumerateArray().Single(a => a.GetProperty("companyId").GetGuid() == companyId);
        Assert.Equal((1000m, 30, 0m, 1000m), (listed.GetProperty("limit").GetDecimal(), listed.GetProperty("netDays").GetInt32(), listed.GetProperty("outstanding").GetDecimal(), listed.GetProperty("available").GetDecimal()));
        var code = $"CR-FLOW-{Run}";
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 20, tiers: (1, 100m));
        var before = await admin.BalancedBooksAsync(Tenant);

        await buyer.AddAsync(Tenant, bolt, 3).OkAsync();
        var first = await buyer.CheckoutAsync(Tenant, address, "credit-terms");
        var order = first.GetProperty("orders")[0];
        Assert.Equal("Paid", order.GetProperty("state").GetString());
        var placed = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order.GetProperty("id").GetGuid()}");
        Assert.Equal("Paid", placed.GetProperty("state").GetString());
        Assert.Equal("17/0", await host.StockAsync(Tenant, code));
        var credit = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit");
        Assert.Equal((300m, 700m), (credit.GetProperty("outstanding").GetDecimal(), credit.GetProperty("available").GetDecimal()));
        var invoice = credit.GetProperty("invoices").EnumerateArray().Single();
        Assert.Matches("^INV-[0-9]{8}-[A-Z2-9]{6}$", invoice.GetProperty("number").GetString());
        Assert.Equal(invoice.GetProperty("number").GetString(), placed.GetProperty("timeline").EnumerateArray().Last().GetProperty("detail").GetString());
        Assert.Equal((Today(30), "Open", 300m), (invoice.GetProperty("dueOn").GetString(), invoice.GetProperty("state").GetString(), invoice.GetProperty("open").GetDecimal()));
        Assert.Equal((Today(30), 300m), (credit.GetProperty("nextDue").GetProperty("dueOn").GetString(), credit.GetProperty("nextDue").GetProperty("amount").GetDecimal()));
        var books = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(300m, books.Balance($"1100:{companyId}"));
        Assert.Equal(15m, books.Balance("4000") - before.Balance("4000"));
        var fasteners = $"2100:{await (await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner)).MerchantIdAsync(Tenant)}";
        Assert.Equal(285m, books.Balance(fasteners) - before.Balance(fasteners));

        await buyer.AddAsync(Tenant, bolt, 2).OkAsync();
        await buyer.CheckoutAsync(Tenant, address, "credit-terms");
        var repaid = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}/repayments", new { amount = 350m, bankReference = $"REPAY-{Run}-1" }).OkAsync();
        Assert.Equal([(300m, 0m), (50m, 150m)], repaid.GetProperty("settled").EnumerateArray().Select(s => (s.GetProperty("amount").GetDecimal(), s.GetProperty("open").GetDecimal())));
        Assert.Equal(invoice.GetProperty("number").GetString(), repaid.GetProperty("settled")[0].GetProperty("number").GetString());
        var over = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}/repayments", new { amount = 150.01m, bankReference = $"REPAY-{Run}-2" });
        Assert.Contains("owes 150.00", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(over, HttpStatusCode.Conflict), "amount"));
        var foreign = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}/repayments", new { amount = 10m, bankReference = "X", invoiceIds = new[] { Guid.CreateVersion7() } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(foreign, HttpStatusCode.UnprocessableEntity), "invoiceIds");

        var after = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(150m, after.Balance($"1100:{companyId}"));
        Assert.Equal(350m, after.Balance("1020") - before.Balance("1020"));
        var month = Today()[..7];
        var statement = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit/statements/{month}");
        Assert.Equal((0m, 150m), (statement.GetProperty("openingBalance").GetDecimal(), statement.GetProperty("closingBalance").GetDecimal()));
        Assert.Equal([300m, 200m], statement.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("amount").GetDecimal()));
        Assert.Equal([(350m, $"REPAY-{Run}-1")], statement.GetProperty("repayments").EnumerateArray().Select(r => (r.GetProperty("amount").GetDecimal(), r.GetProperty("reference").GetString())));
        Assert.Empty(statement.GetProperty("creditNotes").EnumerateArray());
        Assert.Equal(statement.ToString(), (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/credit-accounts/{companyId}/statements/{month}")).ToString());
        var earlier = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit/statements/{DateOnly.Parse(Today()).AddMonths(-1):yyyy-MM}");
        Assert.Equal((0m, 0m, 0), (earlier.GetProperty("openingBalance").GetDecimal(), earlier.GetProperty("closingBalance").GetDecimal(), earlier.GetProperty("invoices").GetArrayLength()));
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/company/credit/statements/2026-13"), HttpStatusCode.BadRequest), "month");
        var audit = await admin.AuditActionsAsync(Tenant, companyId.ToString());
        Assert.Contains("credit-account.set", audit);
        Assert.Contains("credit.repayment", audit);
    }

    [Fact]
    public async Task A_credit_order_cancelled_becomes_a_credit_note_that_settles_its_invoice()
    {
        var (buyer, address, companyId) = await CreditCompanyAsync("note", limit: 1000m, netDays: 10);
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CR-NOTE-{Run}", stock: 20, tiers: (1, 100m));
        await buyer.AddAsync(Tenant, bolt, 2).OkAsync();
        var orderId = (await buyer.CheckoutAsync(Tenant, address, "credit-terms")).GetProperty("orders")[0].GetProperty("id").GetGuid();

        await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{orderId}/cancel", new { reason = "下错单" }).OkAsync();
        var credit = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit");
        Assert.Equal((0m, 1000m), (credit.GetProperty("outstanding").GetDecimal(), credit.GetProperty("available").GetDecimal()));
        Assert.Equal("Paid", credit.GetProperty("invoices")[0].GetProperty("state").GetString());
        var statement = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit/statements/{Today()[..7]}");
        Assert.Equal([200m], statement.GetProperty("creditNotes").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));
        Assert.Equal(0m, statement.GetProperty("closingBalance").GetDecimal());
        Assert.Equal(0m, (await (await host.AdminAsync(Tenant)).BalancedBooksAsync(Tenant)).Balance($"1100:{companyId}"));
    }

    [Fact]
    public async Task Credit_is_for_verified_companies_and_a_company_without_terms_cannot_check_out_on_credit()
    {
        var admin = await host.AdminAsync(Tenant);
        var (buyer, address) = await host.CompanyAsync(Tenant, $"unverified-{Run}@plant.cn");
        var companyId = await buyer.CompanyIdAsync(Tenant);
        var unverified = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}", new { limit = 1000m, netDays = 30 });
        Assert.Contains(companyId.ToString(), ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(unverified, HttpStatusCode.UnprocessableEntity), "companyId"));
        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{Guid.CreateVersion7()}", new { limit = 1m, netDays = 1 }), HttpStatusCode.NotFound);
        var invalid = await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}", new { limit = -1m, netDays = 400 }), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "limit", "netDays" }) ProblemAssert.FieldErrors(invalid, field);
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/company/credit"), HttpStatusCode.NotFound);

        var code = $"CR-NONE-{Run}";
        await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 10, tiers: (1, 100m)), 1).OkAsync();
        var refused = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "credit-terms" });
        Assert.Contains("no credit terms", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity), "paymentMethod"));
        Assert.Equal(100m, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/cart")).GetProperty("total").GetDecimal());
        Assert.Equal("10/0", await host.StockAsync(Tenant, code));

        foreach (var (method, path) in new[] { ("GET", "/api/admin/credit-accounts"), ("PUT", $"/api/admin/credit-accounts/{companyId}"), ("POST", $"/api/admin/credit-accounts/{companyId}/repayments"),
            ("GET", $"/api/admin/credit-accounts/{companyId}/statements/2026-01") })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), $"/{Tenant}{path}") { Content = method == "GET" ? null : JsonContent.Create(new { limit = 1m, netDays = 1, amount = 1m, bankReference = "X" }) };
            Assert.Equal(HttpStatusCode.Forbidden, (await buyer.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task An_order_over_the_limit_is_refused_with_what_is_available_and_the_checkout_is_rolled_back()
    {
        var (buyer, address, _) = await CreditCompanyAsync("limit", limit: 500m, netDays: 30);
        var code = $"CR-LIM-{Run}";
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 20, tiers: (1, 100m));
        await buyer.AddAsync(Tenant, bolt, 6).OkAsync();

        var refused = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "credit-terms" });
        Assert.Contains("500.00 available", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity), "paymentMethod"));
        Assert.Equal(600m, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/cart")).GetProperty("total").GetDecimal());
        Assert.Equal("20/0", await host.StockAsync(Tenant, code));
        Assert.Empty((await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders")).EnumerateArray());
        Assert.Equal(0m, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit")).GetProperty("outstanding").GetDecimal());

        // Exactly the limit passes.
        await buyer.PutAsJsonAsync($"/{Tenant}/api/cart/items/{await CartLineAsync(buyer)}", new { quantity = 5 }).OkAsync();
        Assert.Equal("Paid", (await buyer.CheckoutAsync(Tenant, address, "credit-terms")).GetProperty("orders")[0].GetProperty("state").GetString());
        Assert.Equal(0m, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit")).GetProperty("available").GetDecimal());
    }

    [Fact]
    public async Task Overdue_invoices_block_new_credit_orders_until_they_are_repaid()
    {
        var (buyer, address, companyId) = await CreditCompanyAsync("overdue", limit: 1000m, netDays: 15);
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CR-OD-{Run}", stock: 20, tiers: (1, 100m));
        await buyer.AddAsync(Tenant, bolt, 1).OkAsync();
        await buyer.CheckoutAsync(Tenant, address, "credit-terms");
        var number = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit")).GetProperty("invoices")[0].GetProperty("number").GetString();
        // Time passes: the invoice fell due yesterday.
        Assert.Equal(1, await host.TenantSqlAsync(Tenant, $"UPDATE CreditInvoices SET DueOn = '{Today(-1)}' WHERE Number = '{number}'"));

        var credit = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit");
        Assert.Equal(100m, credit.GetProperty("overdue").GetDecimal());
        Assert.True(credit.GetProperty("invoices")[0].GetProperty("overdue").GetBoolean());
        var admin = await host.AdminAsync(Tenant);
        var listed = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/credit-accounts")).EnumerateArray().Single(a => a.GetProperty("companyId").GetGuid() == companyId);
        Assert.Equal((100m, 1), (listed.GetProperty("overdue").GetDecimal(), listed.GetProperty("overdueInvoices").GetInt32()));
        await buyer.AddAsync(Tenant, bolt, 1).OkAsync();
        var blocked = await buyer.PostAsJsonAsync($"/{Tenant}/api/checkout", new { addressId = address, invoiceType = "ordinary", paymentMethod = "credit-terms" });
        var reason = ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(blocked, HttpStatusCode.UnprocessableEntity), "paymentMethod");
        Assert.Contains("overdue invoices block new credit orders", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(number!, reason);

        await admin.PostAsJsonAsync($"/{Tenant}/api/admin/credit-accounts/{companyId}/repayments", new { amount = 100m, bankReference = $"REPAY-{Run}-OD" }).OkAsync();
        Assert.Equal("Paid", (await buyer.CheckoutAsync(Tenant, address, "credit-terms")).GetProperty("orders")[0].GetProperty("state").GetString());
    }

    /// <summary>
    /// Quotes and a cart of 600.00 each, accepted and checked out on credit at the same moment under a limit of 1000.00:
    /// each fits, any two do not. The later ones see the first invoice, or fail on the credit account's version.
    /// </summary>
    [Fact]
    public async Task Credit_checkouts_racing_for_the_same_headroom_place_exactly_one_order()
    {
        const string tenant = Tenant;
        var (buyer, address, companyId) = await CreditCompanyAsync("race", limit: 1000m, netDays: 30, tenant);
        var boltCode = $"CR-RB-{Run}";
        var wrenchCode = $"CR-RW-{Run}";
        var bolt = await host.SkuAsync(tenant, OrderMarketplace.FastenersOwner, boltCode, stock: 100, tiers: (1, 100m));
        var wrench = await host.SkuAsync(tenant, OrderMarketplace.ToolsOwner, wrenchCode, stock: 100, tiers: (1, 100m));
        var fasteners = await host.MerchantAsync(tenant, OrderMarketplace.FastenersOwner);
        var merchantId = await fasteners.MerchantIdAsync(tenant);
        var quotes = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var rfqId = (await buyer.PostAsJsonAsync($"/{tenant}/api/rfqs", new { merchantId, items = new[] { new { skuId = bolt, quantity = 6 } } }).OkAsync()).GetProperty("id").GetGuid();
            var items = (await fasteners.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/rfqs/{rfqId}")).GetProperty("items").EnumerateArray();
            await fasteners.PostAsJsonAsync($"/{tenant}/api/merchant/rfqs/{rfqId}/quote", new
            {
                validUntil = Today(7), lines = items.Select(item => new { itemId = item.GetProperty("id").GetGuid(), unitPrice = 100m }).ToArray(),
            }).OkAsync();
            quotes.Add(rfqId);
        }
        await buyer.AddAsync(tenant, wrench, 6).OkAsync();

        var terms = new { addressId = address, invoiceType = "ordinary", paymentMethod = "credit-terms" };
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = quotes.Select(id => $"/{tenant}/api/rfqs/{id}/accept").Append($"/{tenant}/api/checkout").Select(async path =>
        {
            await gate.Task;
            return await buyer.PostAsJsonAsync(path, terms);
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(racing);

        Assert.Single(answers, a => a.IsSuccessStatusCode);
        foreach (var loser in answers.Where(a => !a.IsSuccessStatusCode))
        {
            var status = loser.StatusCode;
            Assert.True(status is HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict, $"{status}: {await loser.Content.ReadAsStringAsync()}");
            ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(loser, status), "paymentMethod");
        }
        Assert.Single((await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/orders")).EnumerateArray());
        Assert.Equal(600m, (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/company/credit")).GetProperty("outstanding").GetDecimal());
        Assert.Equal(600m, (await (await host.AdminAsync(tenant)).BalancedBooksAsync(tenant)).Balance($"1100:{companyId}"));
        // The losers' stock stayed free: only one of the two SKUs sold its six.
        Assert.Equal(["100/0", "94/0"], new[] { await host.StockAsync(tenant, boltCode), await host.StockAsync(tenant, wrenchCode) }.Order());
    }

    [Fact]
    public Task Credit_approvals_racing_for_the_same_headroom_approve_exactly_one_order_on_sqlite() => RaceApprovalsAsync(Tenant);

    [Fact]
    public async Task Credit_approvals_racing_for_the_same_headroom_approve_exactly_one_order_on_postgres()
    {
        var tenant = "credit-pg-" + Run.ToLowerInvariant();
        await host.LaunchPaymentsAsync(tenant, new { databaseProvider = "Postgres" });
        await RaceApprovalsAsync(tenant);
    }

    /// <summary>
    /// Two orders of 600.00 on credit wait for the company's approval (credit is judged when an order becomes payable);
    /// two approvers approve them at the same moment under a limit of 1000.00: one is paid, the other refused and
    /// still waiting. On PostgreSQL both read the same headroom, and the credit account's version stops the second.
    /// </summary>
    private async Task RaceApprovalsAsync(string tenant)
    {
        var (buyer, address, companyId) = await CreditCompanyAsync("approvals", limit: 1000m, netDays: 30, tenant);
        var approvers = new List<HttpClient>();
        foreach (var n in new[] { 1, 2 })
        {
            var email = $"approver{n}-{Run}@plant.cn";
            await buyer.PostAsJsonAsync($"/{tenant}/api/companies/{companyId}/members", new { email, role = "Approver" }).OkAsync();
            approvers.Add(await host.AcceptInvitationAsync(tenant, email, "Approver-Pass-2026"));
        }
        await buyer.PutAsJsonAsync($"/{tenant}/api/company/order-rules", new { approvalThreshold = 100m }).OkAsync();
        await buyer.AddAsync(tenant, await host.SkuAsync(tenant, OrderMarketplace.FastenersOwner, $"CR-AB-{Run}", stock: 100, tiers: (1, 100m)), 6).OkAsync();
        await buyer.AddAsync(tenant, await host.SkuAsync(tenant, OrderMarketplace.ToolsOwner, $"CR-AW-{Run}", stock: 100, tiers: (1, 100m)), 6).OkAsync();
        var orders = (await buyer.CheckoutAsync(tenant, address, "credit-terms")).GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal(["PendingApproval", "PendingApproval"], orders.Select(o => o.GetProperty("state").GetString()));
        Assert.Equal(0m, (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/company/credit")).GetProperty("outstanding").GetDecimal());

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = orders.Select(async (order, i) =>
        {
            await gate.Task;
            return await approvers[i].PostAsync($"/{tenant}/api/orders/{order.GetProperty("id").GetGuid()}/approve", null);
        }).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(racing);

        var winner = Assert.Single(answers, a => a.IsSuccessStatusCode);
        Assert.Equal("Paid", (await winner.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        var loser = answers.Single(a => !a.IsSuccessStatusCode);
        Assert.True(loser.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict, $"{loser.StatusCode}: {await loser.Content.ReadAsStringAsync()}");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(loser, loser.StatusCode), "paymentMethod");
        var states = new List<string>();
        foreach (var order in orders) states.Add((await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/orders/{order.GetProperty("id").GetGuid()}")).GetProperty("state").GetString()!);
        Assert.Equal(["Paid", "PendingApproval"], states.Order());
        Assert.Equal(600m, (await buyer.GetFromJsonAsync<JsonElement>($"/{tenant}/api/company/credit")).GetProperty("outstanding").GetDecimal());
        Assert.Equal(600m, (await (await host.AdminAsync(tenant)).BalancedBooksAsync(tenant)).Balance($"1100:{companyId}"));
    }

    /// <summary>A new company, verified by the operator and given credit terms.</summary>
    private async Task<(HttpClient Buyer, string AddressId, Guid CompanyId)> CreditCompanyAsync(string name, decimal limit, int netDays, string tenant = Tenant)
    {
        var (buyer, address) = await host.CompanyAsync(tenant, $"{name}-{Run}@plant.cn");
        var companyId = await buyer.CompanyIdAsync(tenant);
        var admin = await host.AdminAsync(tenant);
        await admin.PostAsync($"/{tenant}/api/admin/companies/{companyId}/verify", null).OkAsync();
        var account = await admin.PutAsJsonAsync($"/{tenant}/api/admin/credit-accounts/{companyId}", new { limit, netDays }).OkAsync();
        Assert.Equal((limit, netDays), (account.GetProperty("limit").GetDecimal(), account.GetProperty("netDays").GetInt32()));
        return (buyer, address, companyId);
    }

    private async Task<Guid> CartLineAsync(HttpClient buyer) =>
        (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/cart")).GetProperty("merchants")[0].GetProperty("lines")[0].GetProperty("id").GetGuid();
}
