using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using static SaaS.IntegrationTests.OfflinePayments;

namespace SaaS.IntegrationTests;

/// <summary>
/// Security deposits through payments: a merchant pays what it still owes by bank transfer and the deposit shows it
/// held, booked once; movements the operator records by hand are booked too; only the owner or staff holding
/// finance.deposit pay, and a merchant never sees another's payment.
/// </summary>
public sealed class DepositPaymentTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "deposits";

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", Tenant))) return;
        await host.LaunchPaymentsAsync(Tenant);
        // The recipe's fasteners merchant holds 20,000 for 劳保用品; raising that to 30,000 leaves it owing 10,000.
        var admin = await host.AdminAsync(Tenant);
        await admin.PutAsJsonAsync($"/{Tenant}/api/admin/merchant-requirements", new
        {
            licences = Array.Empty<object>(), defaultDeposit = 10000m, categoryDeposits = new Dictionary<string, decimal> { ["劳保用品"] = 30000m },
        }).OkAsync();
        // Started before any test runs, so every test finds it; starting again for the same sum comes back to it.
        await (await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner)).StartPaymentAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "bank-transfer" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_deposit_paid_by_bank_transfer_shows_as_held_and_is_booked_once()
    {
        var owner = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var merchantId = await owner.MerchantIdAsync(Tenant);
        var admin = await host.AdminAsync(Tenant);
        var before = await admin.BalancedBooksAsync(Tenant);
        var owed = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/deposit");
        Assert.Equal(("Required", 30000m, 20000m), (owed.GetProperty("state").GetString(), owed.GetProperty("required").GetDecimal(), owed.GetProperty("held").GetDecimal()));

        var payment = await owner.StartPaymentAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "bank-transfer" });
        Assert.Equal("Pending", payment.GetProperty("state").GetString());
        Assert.Equal(("Deposit", 10000m), (payment.GetProperty("purpose").GetString(), payment.GetProperty("amount").GetDecimal()));
        Assert.Equal(RemittanceAccount, payment.GetProperty("bankTransfer").GetProperty("account").GetString());
        var id = payment.GetProperty("id").GetGuid();
        var submitted = await owner.RemitAsync($"/{Tenant}/api/merchant/deposit/payments/{id}/remittance", "ICBC-DEP-1", "10000", Today(), Png).OkAsync();
        var slip = submitted.GetProperty("bankTransfer").GetProperty("remittances")[0].GetProperty("slip").GetString();
        Assert.Equal($"/api/merchant/deposit/payments/{id}/remittances/", slip![..^"00000000-0000-0000-0000-000000000000/slip".Length]);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/{Tenant}{slip}")).StatusCode);

        var queue = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payments?state=Submitted&purpose=Deposit");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id && p.GetProperty("merchantName").GetString() == "杭州紧固件供应链有限公司");
        var confirmed = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = 10000m, bankReference = "ICBC-STMT-77" }).OkAsync();
        Assert.Equal("Succeeded", confirmed.GetProperty("state").GetString());

        var held = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/deposit");
        Assert.Equal(("Paid", 30000m), (held.GetProperty("state").GetString(), held.GetProperty("held").GetDecimal()));
        var entry = held.GetProperty("entries")[0];
        Assert.Equal(("Payment", 10000m, "ICBC-STMT-77", "payments"),
            (entry.GetProperty("kind").GetString(), entry.GetProperty("amount").GetDecimal(), entry.GetProperty("reference").GetString(), entry.GetProperty("recordedBy").GetString()));
        var books = await admin.BalancedBooksAsync(Tenant);
        // Once: the movement the payment recorded in the merchants module is not booked again by its event.
        Assert.Equal(10000m, books.Balance($"2300:{merchantId}") - before.Balance($"2300:{merchantId}"));
        Assert.Equal(10000m, books.Balance("1020") - before.Balance("1020"));
        Assert.Equal(before.Balance("2010"), books.Balance("2010"));

        var nothingOwed = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "bank-transfer" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(nothingOwed, HttpStatusCode.Conflict), "deposit");
        Assert.Contains((await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/deposit/payments")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Deposit_movements_recorded_by_hand_are_booked_to_the_bank_and_forfeitures_to_revenue()
    {
        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var merchantId = await tools.MerchantIdAsync(Tenant);
        var admin = await host.AdminAsync(Tenant);
        var before = await admin.BalancedBooksAsync(Tenant);
        foreach (var (kind, amount) in new[] { ("Payment", 5000m), ("Refund", 2000m), ("Forfeiture", 1000m) })
        {
            var recorded = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchantId}/deposits", new { kind, amount, reference = $"HAND-{kind}" });
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }
        var books = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(2000m, books.Balance($"2300:{merchantId}") - before.Balance($"2300:{merchantId}"));
        Assert.Equal(3000m, books.Balance("1020") - before.Balance("1020"));
        Assert.Equal(1000m, books.Balance("4100") - before.Balance("4100"));
        Assert.Equal(3, books.GetProperty("entries").GetInt64() - before.GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task Only_the_owner_or_staff_holding_finance_deposit_pay_and_no_merchant_sees_another_ones_payment()
    {
        var owner = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        // The recipe's finance clerk reads the merchant's money but was never given finance.deposit.
        var finance = await host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        var denied = await finance.PostAsJsonAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "bank-transfer" });
        Assert.Contains("finance.deposit", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(denied, HttpStatusCode.Forbidden), "permission"));
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync($"/{Tenant}/api/merchant/deposit/payments")).StatusCode);
        var (buyer, _) = await host.CompanyAsync(Tenant, "deposit-buyer@plant.cn");
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsJsonAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "bank-transfer" })).StatusCode);

        var mine = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/deposit/payments")).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.NotEmpty(mine);
        var tools = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        foreach (var id in mine)
        {
            await ProblemAssert.IsProblemAsync(await tools.GetAsync($"/{Tenant}/api/merchant/deposit/payments/{id}"), HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(await tools.RemitAsync($"/{Tenant}/api/merchant/deposit/payments/{id}/remittance", "X", "1", Today(), Png), HttpStatusCode.NotFound);
            // Nor does a buyer company reach a deposit payment through the buyers' payment API.
            await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/payments/{id}"), HttpStatusCode.NotFound);
        }
        var bad = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/deposit/payments", new { method = "credit-terms" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest), "method");
    }
}
