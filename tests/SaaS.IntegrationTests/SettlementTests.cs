using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Payments.Settlement;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The settlement cycle: T+N after completion, orders with open after-sales held back, a period settled once even
/// when two nodes run it at the same moment, a run a crash interrupted resumed by the job, and withdrawals never
/// above what the merchant is owed.
/// </summary>
public sealed class SettlementTests() : StripeMarketplaceTests(Tenant)
{
    private const string Tenant = "settle";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private int buyers;

    [Fact]
    public async Task Orders_are_settled_t_plus_n_after_completion_and_not_while_after_sales_is_open()
    {
        var admin = await Host.AdminAsync(Tenant);
        await SetDelayAsync(admin, 7);
        var (buyer, order) = await CompletedOrderAsync(40.00m);
        var early = await RunAsync(admin);
        Assert.Equal(0, early.GetProperty("statements").GetInt32());

        await SetDelayAsync(admin, 0);
        var desk = await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var lineId = (await desk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{order}")).GetProperty("lines")[0].GetProperty("id").GetString();
        var filed = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales", new { kind = "return", reason = "wrong size", items = new[] { new { lineId, quantity = 1 } } });
        Assert.True(filed.IsSuccessStatusCode, await filed.Content.ReadAsStringAsync());
        var held = await RunAsync(admin);
        Assert.Equal(0, held.GetProperty("statements").GetInt32());

        var request = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id");
        Assert.True((await buyer.PostAsync($"/{Tenant}/api/after-sales/{request}/cancel", null)).IsSuccessStatusCode);
        var settled = await RunAsync(admin);
        Assert.Equal(1, settled.GetProperty("statements").GetInt32());
        var finance = await desk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/finance");
        // 40.00 less 5 % commission.
        Assert.Equal(38.00m, finance.GetProperty("statements")[0].GetProperty("net").GetDecimal());
        Assert.Equal(38.00m, finance.GetProperty("inTransit").GetDecimal());
    }

    [Fact]
    public async Task Two_nodes_running_the_same_period_settle_it_once_and_a_run_cut_short_is_resumed_by_the_job()
    {
        var admin = await Host.AdminAsync(Tenant);
        await SetDelayAsync(admin, 0);
        await RunAsync(admin);
        await CompletedOrderAsync(10.00m);
        await CompletedOrderAsync(30.00m, OrderMarketplace.FastenersOwner);

        var now = DateTimeOffset.UtcNow;
        var period = $"race-{Run}";
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = Host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value;
            return await scope.ServiceProvider.GetRequiredService<Settlements>().RunAsync(period, now, "node", CancellationToken.None);
        }));
        Assert.Equal(runs[0].Id, runs[1].Id);
        Assert.Equal(2L, (long)(await Host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM Statements WHERE RunId = '{runs[0].Id.ToString().ToUpperInvariant()}'"))!);

        // A node died after starting a run and before settling anyone: the run is in the database, unfinished.
        await CompletedOrderAsync(20.00m);
        var interrupted = Guid.NewGuid().ToString().ToUpperInvariant();
        await Host.TenantSqlAsync(Tenant, $"INSERT INTO SettlementRuns (Id, PeriodKey, CutoffUtc, StartedUtc, FinishedUtc, StartedBy, Statements) " +
            $"VALUES ('{interrupted}', 'crashed-{Run}', '{DateTimeOffset.UtcNow.AddMinutes(1):O}', '{DateTimeOffset.UtcNow:O}', NULL, 'node', 0)");
        await Host.RunJobAsync(Tenant, "settlement");
        var resumed = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/settlements");
        var run = resumed.EnumerateArray().Single(r => r.GetProperty("periodKey").GetString() == $"crashed-{Run}");
        Assert.NotEqual(JsonValueKind.Null, run.GetProperty("finishedUtc").ValueKind);
        Assert.Equal(1, run.GetProperty("statements").GetInt32());

        var books = await Host.TrialBalanceAsync(Tenant);
        Assert.True(books.GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task A_withdrawal_above_the_merchants_balance_is_refused_and_one_within_it_is_paid_from_the_bank()
    {
        var admin = await Host.AdminAsync(Tenant);
        await SetDelayAsync(admin, 7);
        var (buyer, order) = await CompletedOrderAsync(100.00m, OrderMarketplace.FastenersOwner);
        var merchant = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order}")).GetProperty("merchantId").GetGuid();
        var balance = (await Host.TrialBalanceAsync(Tenant)).Balance($"2200:{merchant}");
        Assert.True(balance >= 95.00m);

        var tooMuch = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/withdrawals", new { amount = balance + 0.01m, reference = "WD-1" });
        Assert.Contains(balance.ToString("0.00"), ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.Conflict), "amount"));
        var noReference = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/withdrawals", new { amount = 1m });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(noReference, HttpStatusCode.BadRequest), "reference");
        var paid = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/withdrawals", new { amount = 50.00m, reference = "WD-2" });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());

        var after = await Host.TrialBalanceAsync(Tenant);
        Assert.Equal(balance - 50.00m, after.Balance($"2200:{merchant}"));
        Assert.True(after.GetProperty("balanced").GetBoolean());
        var desk = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/withdrawals", new { amount = 1m, reference = "mine" })).StatusCode);
    }

    private async Task<(HttpClient Buyer, Guid Order)> CompletedOrderAsync(decimal price, string owner = OrderMarketplace.ToolsOwner)
    {
        var n = Interlocked.Increment(ref buyers);
        var sku = await Host.SkuAsync(Tenant, owner, $"ST-{n}-{Run}", stock: 100, tiers: (1, price));
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"st-{n}-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, sku, 1);
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        await buyer.PayByCardAsync(Tenant, checkout);
        await Host.CompleteAsync(Tenant, buyer, orders[0], owner);
        return (buyer, orders[0]);
    }

    private static async Task SetDelayAsync(HttpClient admin, int days) =>
        Assert.True((await admin.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { settlementDelayDays = days })).IsSuccessStatusCode);

    private static async Task<JsonElement> RunAsync(HttpClient admin)
    {
        var run = await admin.PostAsync($"/{Tenant}/api/admin/settlements/run", null);
        var body = await run.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(run.IsSuccessStatusCode, body.ToString());
        return body;
    }
}
