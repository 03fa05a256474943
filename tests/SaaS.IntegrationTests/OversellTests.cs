using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The race every marketplace loses once: 100 buyer companies check out the last 10 units at the same moment.
/// Exactly 10 get them (and, paid, exactly 10 are sold); 90 are told clearly which line ran short.
/// </summary>
public sealed class OversellTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public Task A_hundred_concurrent_checkouts_for_ten_units_sell_exactly_ten_on_sqlite() =>
        RaceAsync("race-lite", null, code => host.TenantScalarAsync("race-lite", $"SELECT Stock || '/' || Reserved FROM Skus WHERE Code = '{code}'"));

    [Fact]
    public Task A_hundred_concurrent_checkouts_for_ten_units_sell_exactly_ten_on_postgres() =>
        RaceAsync("race-pg-" + Guid.NewGuid().ToString("N")[..6], new { databaseProvider = "Postgres" }, null);

    private async Task RaceAsync(string tenant, object? extra, Func<string, Task<object?>>? sqliteStock)
    {
        await host.LaunchOrdersAsync(tenant, extra);
        var code = "RACE-" + tenant.ToUpperInvariant();
        var sku = await host.SkuAsync(tenant, OrderMarketplace.FastenersOwner, code, stock: 10, tiers: (1, 5.00m));
        var throttle = new SemaphoreSlim(4);
        var buyers = await Task.WhenAll(Enumerable.Range(0, 100).Select(async i =>
        {
            await throttle.WaitAsync();
            try
            {
                var (buyer, address) = await host.CompanyAsync(tenant, $"racer{i}@{tenant}.cn");
                Assert.Equal(HttpStatusCode.OK, (await buyer.AddAsync(tenant, sku, 1)).StatusCode);
                return (buyer, address);
            }
            finally
            {
                throttle.Release();
            }
        }));

        // Every checkout waits at the gate, so all 100 reach the server together.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = buyers.Select(async b =>
        {
            await gate.Task;
            return await b.buyer.CheckoutAsync(tenant, b.address);
        }).ToList();
        gate.SetResult();
        var responses = await Task.WhenAll(racing);

        var placed = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.True(placed.Count == 10 && refused.Count == 90,
            $"{placed.Count} placed, {refused.Count} refused, others: {string.Join(", ", responses.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict)).Select(r => r.StatusCode))}");
        foreach (var response in refused)
        {
            Assert.Contains("Only 0 available", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict), "lines[0].quantity"));
        }
        foreach (var response in placed)
        {
            var order = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();
            await host.PayAsync(tenant, order);
        }
        if (sqliteStock is not null) Assert.Equal("0/0", await sqliteStock(code));
        else Assert.Equal("0/0", await TestPostgres.ScalarAsync("saas_" + tenant.Replace('-', '_'), $"SELECT \"Stock\" || '/' || \"Reserved\" FROM \"Skus\" WHERE \"Code\" = '{code}'"));
        var owner = await host.MerchantAsync(tenant, OrderMarketplace.FastenersOwner);
        var paid = await owner.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/orders?state=Paid");
        Assert.Equal(10, paid.GetProperty("items").GetArrayLength());
    }
}
