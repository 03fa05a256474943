using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;
using static SaaS.IntegrationTests.OfflinePayments;

namespace SaaS.IntegrationTests;

/// <summary>
/// Bank transfers (对公转账): the buyer remits with the payment's reference code and submits the slip; the operator
/// confirms what the bank statement shows (in full, short then the rest, or more than due), rejects a slip with a
/// reason, sends a surplus back and records bank refunds sent, the books balanced after each step.
/// </summary>
public sealed class BankTransferTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "transfers";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchPaymentsAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_transfer_confirmed_in_full_pays_every_order_of_the_checkout_and_the_books_balance()
    {
        var (buyer, checkout, payment) = await RemittedCheckoutAsync("full", boltUnits: 3, wrenchUnits: 2);
        var id = payment.GetProperty("id").GetGuid();
        var due = payment.GetProperty("amount").GetDecimal();
        Assert.Equal(3 * 100m + 2 * 50m, due);
        var admin = await host.AdminAsync(Tenant);

        var queue = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payments?state=Submitted&method=bank-transfer&pageSize=100");
        var row = queue.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal($"TX-{Run}-full", row.GetProperty("remittance").GetProperty("reference").GetString());
        Assert.Equal($"买方 full-{Run}@plant.cn", row.GetProperty("companyName").GetString());
        var slip = await admin.GetAsync($"/{Tenant}{row.GetProperty("remittance").GetProperty("slip").GetString()}");
        Assert.Equal(HttpStatusCode.OK, slip.StatusCode);
        Assert.Equal("image/png", slip.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await slip.Content.ReadAsByteArrayAsync());
        // Kept among the tenant's private files, never in the public media folder.
        Assert.Single(Directory.GetFiles(Path.Combine(host.AppData, "Sites", Tenant, "Payments", id.ToString("N"))));
        Assert.False(Directory.Exists(Path.Combine(host.AppData, "Sites", Tenant, "Media", "Payments")));

        var before = await admin.BalancedBooksAsync(Tenant);
        var confirmed = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = due, bankReference = $"CMB-{Run}-1" }).OkAsync();
        Assert.Equal("Succeeded", confirmed.GetProperty("state").GetString());
        Assert.Equal(0m, confirmed.GetProperty("excess").GetDecimal());
        foreach (var order in checkout.GetProperty("orders").EnumerateArray())
        {
            var paid = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order.GetProperty("id").GetGuid()}");
            Assert.Equal("Paid", paid.GetProperty("state").GetString());
        }
        var books = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(due, books.Balance("1020") - before.Balance("1020"));
        Assert.Equal(before.Balance("2010"), books.Balance("2010"));
        Assert.Equal(due * PaymentMarketplace.DefaultRate / 100, books.Balance("4000") - before.Balance("4000"));
        foreach (var order in checkout.GetProperty("orders").EnumerateArray())
        {
            var merchant = $"2100:{order.GetProperty("merchantId").GetGuid()}";
            Assert.Equal(order.GetProperty("total").GetDecimal() * (100 - PaymentMarketplace.DefaultRate) / 100, books.Balance(merchant) - before.Balance(merchant));
        }

        var again = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = due, bankReference = $"CMB-{Run}-1" });
        Assert.Contains("received in full already", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "state"));
        Assert.Contains("payment.transfer-confirmed", await admin.AuditActionsAsync(Tenant, id.ToString()));
        Assert.Equal(books.GetProperty("entries").GetInt64(), (await admin.BalancedBooksAsync(Tenant)).GetProperty("entries").GetInt64());
    }

    [Fact]
    public async Task A_short_transfer_is_booked_in_clearing_and_pays_the_orders_once_the_rest_arrives()
    {
        var (buyer, checkout, payment) = await RemittedCheckoutAsync("short", boltUnits: 4, wrenchUnits: 0);
        var id = payment.GetProperty("id").GetGuid();
        var orderId = checkout.GetProperty("orders")[0].GetProperty("id").GetGuid();
        var admin = await host.AdminAsync(Tenant);
        var before = await admin.BalancedBooksAsync(Tenant);

        var part = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = 250m, bankReference = $"CMB-{Run}-2a" }).OkAsync();
        Assert.Equal("PartlyReceived", part.GetProperty("state").GetString());
        Assert.Equal(250m, part.GetProperty("received").GetDecimal());
        Assert.Equal("PendingPayment", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{orderId}")).GetProperty("state").GetString());
        var waiting = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(250m, waiting.Balance("2010") - before.Balance("2010"));
        Assert.Equal(250m, waiting.Balance("1020") - before.Balance("1020"));

        // The buyer sees how much is still missing; the operator adds what arrives next without a new slip.
        Assert.Equal("PartlyReceived", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{id}")).GetProperty("state").GetString());
        var rest = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = 150m, bankReference = $"CMB-{Run}-2b" }).OkAsync();
        Assert.Equal("Succeeded", rest.GetProperty("state").GetString());
        Assert.Equal(["Received", "Received"], rest.GetProperty("bankTransfer").GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal("Paid", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{orderId}")).GetProperty("state").GetString());
        var paid = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(before.Balance("2010"), paid.Balance("2010"));
        Assert.Equal(400m, paid.Balance("1020") - before.Balance("1020"));
        Assert.Equal(20m, paid.Balance("4000") - before.Balance("4000"));
    }

    [Fact]
    public async Task A_transfer_above_what_is_due_pays_the_orders_and_the_surplus_waits_until_it_is_sent_back()
    {
        var (buyer, checkout, payment) = await RemittedCheckoutAsync("over", boltUnits: 1, wrenchUnits: 1);
        var id = payment.GetProperty("id").GetGuid();
        var admin = await host.AdminAsync(Tenant);
        var before = await admin.BalancedBooksAsync(Tenant);

        var over = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = 180m, bankReference = $"CMB-{Run}-3" }).OkAsync();
        Assert.Equal("Succeeded", over.GetProperty("state").GetString());
        Assert.Equal(30m, over.GetProperty("excess").GetDecimal());
        Assert.Equal(30m, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{id}")).GetProperty("excess").GetDecimal());
        foreach (var order in checkout.GetProperty("orders").EnumerateArray())
        {
            Assert.Equal("Paid", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order.GetProperty("id").GetGuid()}")).GetProperty("state").GetString());
        }
        Assert.Equal(30m, (await admin.BalancedBooksAsync(Tenant)).Balance("2010") - before.Balance("2010"));

        var tooMuch = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/refund-excess", new { amount = 30.01m, bankReference = $"CMB-{Run}-3r" });
        Assert.Contains("30.00", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.Conflict), "amount"));
        var sentBack = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/refund-excess", new { amount = 30m, bankReference = $"CMB-{Run}-3r" }).OkAsync();
        Assert.Equal(0m, sentBack.GetProperty("excess").GetDecimal());
        var after = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(before.Balance("2010"), after.Balance("2010"));
        Assert.Equal(150m, after.Balance("1020") - before.Balance("1020"));
        Assert.Contains("payment.excess-returned", await admin.AuditActionsAsync(Tenant, id.ToString()));
    }

    [Fact]
    public async Task A_rejected_slip_returns_the_payment_to_the_buyer_with_the_reason_and_bad_remittances_are_refused_by_field()
    {
        var (buyer, _, payment) = await RemittedCheckoutAsync("reject", boltUnits: 1, wrenchUnits: 0);
        var id = payment.GetProperty("id").GetGuid();
        var admin = await host.AdminAsync(Tenant);
        var twice = await buyer.RemitAsync($"/{Tenant}/api/payments/{id}/remittance", "TX-2", "100", Today(), Png);
        Assert.Contains("waiting for the operator", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict), "state"));

        var rejected = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/reject", new { reason = "流水号与银行回单不符" }).OkAsync();
        Assert.Equal("Pending", rejected.GetProperty("state").GetString());
        var seen = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{id}");
        Assert.Equal("Pending", seen.GetProperty("state").GetString());
        Assert.Equal("流水号与银行回单不符", seen.GetProperty("lastError").GetString());
        var remittance = seen.GetProperty("bankTransfer").GetProperty("remittances").EnumerateArray().Single();
        Assert.Equal(("Rejected", "流水号与银行回单不符"), (remittance.GetProperty("state").GetString(), remittance.GetProperty("rejectionReason").GetString()));
        var notSubmitted = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{id}/confirm", new { receivedAmount = 100m, bankReference = "CMB-X" });
        Assert.Contains("Pending", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(notSubmitted, HttpStatusCode.Conflict), "state"));
        Assert.Contains("payment.remittance-rejected", await admin.AuditActionsAsync(Tenant, id.ToString()));

        var path = $"/{Tenant}/api/payments/{id}/remittance";
        var bad = await buyer.RemitAsync(path, "", "12.345", "2026-02-30", null);
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "reference", "amount", "paidOn", "slip" }) ProblemAssert.FieldErrors(problem, field);
        Assert.Contains("after today", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await buyer.RemitAsync(path, "TX-3", "100", Today(2), Png), HttpStatusCode.BadRequest), "paidOn"));
        var text = await buyer.RemitAsync(path, "TX-3", "100", Today(), "<script>alert(1)</script>"u8.ToArray(), "slip.png");
        Assert.Contains("PDF", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(text, HttpStatusCode.BadRequest), "slip"));
        var huge = await buyer.RemitAsync(path, "TX-3", "100", Today(), [.. Png, .. new byte[5 * 1024 * 1024]]);
        Assert.Contains("5 MB", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(huge, HttpStatusCode.BadRequest), "slip"));

        var pdf = await buyer.RemitAsync(path, $"TX-{Run}-again", "100.00", Today(), "%PDF-1.4\n%âãÏÓ\n"u8.ToArray(), "回单.pdf").OkAsync();
        Assert.Equal("Submitted", pdf.GetProperty("state").GetString());
        var slip = await buyer.GetAsync($"/{Tenant}{pdf.GetProperty("bankTransfer").GetProperty("remittances")[1].GetProperty("slip").GetString()}");
        Assert.Equal("application/pdf", slip.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", slip.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Bank_transfer_is_offered_only_while_the_operator_has_set_the_remittance_account()
    {
        var admin = await host.AdminAsync(Tenant);
        var (buyer, checkout) = await CheckedOutAsync("account", boltUnits: 1, wrenchUnits: 0);
        await admin.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { remittanceAccount = "" }).OkAsync();
        try
        {
            var refused = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId = checkout.GetProperty("checkoutId").GetGuid(), method = "bank-transfer" });
            ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.UnprocessableEntity), "method");
        }
        finally
        {
            await admin.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { remittanceAccount = RemittanceAccount }).OkAsync();
        }
        var started = await buyer.StartPaymentAsync($"/{Tenant}/api/payments", new { checkoutId = checkout.GetProperty("checkoutId").GetGuid(), method = "bank-transfer" });
        Assert.Equal(RemittanceAccount, started.GetProperty("bankTransfer").GetProperty("account").GetString());
        Assert.Matches("^BT[A-Z2-9]{8}$", started.GetProperty("bankTransfer").GetProperty("referenceCode").GetString());
        Assert.Equal(started.GetProperty("bankTransfer").GetProperty("referenceCode").GetString(), started.GetProperty("providerReference").GetString());
        // Coming back to the same checkout by the same method finds the same payment and code.
        var again = await buyer.StartPaymentAsync($"/{Tenant}/api/payments", new { checkoutId = checkout.GetProperty("checkoutId").GetGuid(), method = "bank-transfer" });
        Assert.Equal(started.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Another_company_sees_neither_the_payment_nor_its_slip_and_only_operators_use_the_desk()
    {
        var (_, _, payment) = await RemittedCheckoutAsync("walls", boltUnits: 1, wrenchUnits: 0);
        var id = payment.GetProperty("id").GetGuid();
        var slip = payment.GetProperty("bankTransfer").GetProperty("remittances")[0].GetProperty("slip").GetString();
        var (stranger, _) = await host.CompanyAsync(Tenant, $"stranger-{Run}@plant.cn");

        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/{Tenant}/api/payments/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.GetAsync($"/{Tenant}{slip}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await stranger.RemitAsync($"/{Tenant}/api/payments/{id}/remittance", "TX", "100", Today(), Png), HttpStatusCode.NotFound);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments")).EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);

        var refund = Guid.CreateVersion7();
        foreach (var (method, path, body) in new (string, string, object?)[]
        {
            ("GET", "/api/admin/payments?state=Submitted", null), ("GET", $"/api/admin/payments/{id}", null), ("GET", $"/api/admin{slip!["/api".Length..]}", null),
            ("POST", $"/api/admin/payments/{id}/confirm", new { receivedAmount = 100m, bankReference = "X" }), ("POST", $"/api/admin/payments/{id}/reject", new { reason = "x" }),
            ("POST", $"/api/admin/payments/{id}/refund-excess", new { amount = 1m, bankReference = "X" }), ("GET", "/api/admin/refunds?state=Pending", null),
            ("POST", $"/api/admin/refunds/{refund}/sent", new { reference = "X" }),
        })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), $"/{Tenant}{path}") { Content = body is null ? null : JsonContent.Create(body) };
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.SendAsync(request)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/{Tenant}/api/admin/payments")).StatusCode);
        Assert.Equal("Submitted", (await (await host.AdminAsync(Tenant)).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payments/{id}")).GetProperty("payment").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_refund_of_a_bank_transfer_order_waits_until_the_operator_records_it_sent()
    {
        var (buyer, checkout, payment) = await RemittedCheckoutAsync("refund", boltUnits: 2, wrenchUnits: 0);
        var admin = await host.AdminAsync(Tenant);
        await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payments/{payment.GetProperty("id").GetGuid()}/confirm", new { receivedAmount = 200m, bankReference = $"CMB-{Run}-6" }).OkAsync();
        var orderId = checkout.GetProperty("orders")[0].GetProperty("id").GetGuid();
        await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{orderId}/cancel", new { reason = "项目取消" }).OkAsync();
        var before = await admin.BalancedBooksAsync(Tenant);

        var pending = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/refunds?state=Pending");
        var refund = pending.EnumerateArray().Single(r => r.GetProperty("orderId").GetGuid() == orderId);
        Assert.Equal(("bank-transfer", 200m), (refund.GetProperty("method").GetString(), refund.GetProperty("amount").GetDecimal()));
        var refundId = refund.GetProperty("id").GetGuid();
        var noReference = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/refunds/{refundId}/sent", new { reference = " " });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(noReference, HttpStatusCode.BadRequest), "reference");

        var sent = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/refunds/{refundId}/sent", new { reference = $"CMB-{Run}-6r" }).OkAsync();
        Assert.Equal("Sent", sent.GetProperty("state").GetString());
        var after = await admin.BalancedBooksAsync(Tenant);
        Assert.Equal(200m, before.Balance("2400") - after.Balance("2400"));
        Assert.Equal(200m, before.Balance("1020") - after.Balance("1020"));
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/refunds?state=Pending")).EnumerateArray(), r => r.GetProperty("id").GetGuid() == refundId);
        var twice = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/refunds/{refundId}/sent", new { reference = $"CMB-{Run}-6r" });
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict);
        Assert.Contains("refund.sent-by-bank", await admin.AuditActionsAsync(Tenant, refundId.ToString()));
    }

    /// <summary>A new company checks out bolts at 100.00 and wrenches at 50.00 by bank transfer.</summary>
    private async Task<(HttpClient Buyer, JsonElement Checkout)> CheckedOutAsync(string name, int boltUnits, int wrenchUnits)
    {
        var (buyer, address) = await host.CompanyAsync(Tenant, $"{name}-{Run}@plant.cn");
        if (boltUnits > 0) await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"BT-B-{name}-{Run}", stock: 50, tiers: (1, 100m)), boltUnits).OkAsync();
        if (wrenchUnits > 0) await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"BT-W-{name}-{Run}", stock: 50, tiers: (1, 50m)), wrenchUnits).OkAsync();
        return (buyer, await buyer.CheckoutAsync(Tenant, address, "bank-transfer"));
    }

    /// <summary>Checked out, the transfer started and its slip submitted for the full amount.</summary>
    private async Task<(HttpClient Buyer, JsonElement Checkout, JsonElement Payment)> RemittedCheckoutAsync(string name, int boltUnits, int wrenchUnits)
    {
        var (buyer, checkout) = await CheckedOutAsync(name, boltUnits, wrenchUnits);
        var started = await buyer.StartPaymentAsync($"/{Tenant}/api/payments", new { checkoutId = checkout.GetProperty("checkoutId").GetGuid(), method = "bank-transfer" });
        Assert.Equal("Pending", started.GetProperty("state").GetString());
        var id = started.GetProperty("id").GetGuid();
        var submitted = await buyer.RemitAsync($"/{Tenant}/api/payments/{id}/remittance", $"TX-{Run}-{name}", started.GetProperty("amount").GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture), Today(), Png).OkAsync();
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());
        return (buyer, checkout, submitted);
    }
}
