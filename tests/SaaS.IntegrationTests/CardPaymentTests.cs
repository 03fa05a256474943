using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Card payments through the real Stripe.net client against a local fake Stripe: one payment for a checkout of two
/// merchants, booked once however Stripe reports it (the buyer's confirmation, webhooks twice or out of order, the
/// recovery sweep), signatures checked, refunds split between merchant and commission, and walls between companies.
/// </summary>
public sealed class CardPaymentTests() : StripeMarketplaceTests(Tenant)
{
    private const string Tenant = "cardpay";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private int buyers;

    [Fact]
    public async Task One_card_payment_pays_both_merchants_orders_and_books_commission_once_however_often_stripe_says_so()
    {
        var (buyer, checkout, orders) = await TwoMerchantCheckoutAsync("both");
        var paid = await buyer.PayByCardAsync(Tenant, checkout);
        Assert.Equal("Succeeded", paid.GetProperty("state").GetString());
        Assert.Equal(125.00m, paid.GetProperty("received").GetDecimal());
        foreach (var order in orders) Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));
        var intent = Stripe.Intent(paid.GetProperty("providerReference").GetString()!);
        Assert.Equal(checkout.ToString(), intent["transfer_group"]!.GetValue<string>());
        Assert.Equal(12500, intent["amount"]!.GetValue<long>());

        var before = await Host.TrialBalanceAsync(Tenant);
        var (fasteners, tools) = await MerchantsOfAsync(buyer, orders);
        // 10 × 12.00 at 5 % is 6.00; 5 × 1.00 at 5 % is 0.25, raised to the 0.50 minimum a line.
        Assert.Equal(114.00m, before.Balance($"2100:{fasteners}"));
        Assert.Equal(4.50m, before.Balance($"2100:{tools}"));

        var (body, signature) = FakeStripe.SignedEvent("payment_intent.succeeded", Stripe.Intent(intent["id"]!.GetValue<string>()), $"evt_both_{Run}");
        Assert.Equal("already booked", await WebhookOutcomeAsync(body, signature));
        Assert.Equal("duplicate", await WebhookOutcomeAsync(body, signature));

        var after = await Host.TrialBalanceAsync(Tenant);
        Assert.True(after.GetProperty("balanced").GetBoolean());
        Assert.Equal(before.GetProperty("entries").GetInt64(), after.GetProperty("entries").GetInt64());
        Assert.Equal(before.Balance("1010"), after.Balance("1010"));
        Assert.Equal(before.Balance("4000"), after.Balance("4000"));
    }

    [Fact]
    public async Task Webhooks_alone_book_the_payment_in_whatever_order_they_arrive()
    {
        var (buyer, checkout, orders) = await TwoMerchantCheckoutAsync("hooks");
        var payment = await StartAsync(buyer, checkout);
        var intentId = payment.GetProperty("providerReference").GetString()!;
        Assert.StartsWith($"{intentId}_secret_", payment.GetProperty("clientSecret").GetString());

        var failedIntent = Stripe.Intent(intentId);
        failedIntent["last_payment_error"] = new JsonObject { ["message"] = "Your card has insufficient funds." };
        var failed = FakeStripe.SignedEvent("payment_intent.payment_failed", failedIntent, $"evt_fail1_{Run}");
        Assert.Equal("failure noted", await WebhookOutcomeAsync(failed.Body, failed.Signature));
        var noted = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{payment.GetProperty("id")}");
        Assert.Equal("Pending", noted.GetProperty("state").GetString());
        Assert.Equal("Your card has insufficient funds.", noted.GetProperty("lastError").GetString());

        // The buyer paid with another card on Stripe's page; only the webhook tells us.
        var succeeded = FakeStripe.SignedEvent("payment_intent.succeeded", Stripe.Succeed(intentId), $"evt_ok_{Run}");
        Assert.Equal("booked", await WebhookOutcomeAsync(succeeded.Body, succeeded.Signature));
        // A failure Stripe sent earlier but delivered late changes nothing.
        var late = FakeStripe.SignedEvent("payment_intent.payment_failed", failedIntent, $"evt_fail2_{Run}");
        Assert.Equal("ignored", await WebhookOutcomeAsync(late.Body, late.Signature));

        var booked = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{payment.GetProperty("id")}");
        Assert.Equal("Succeeded", booked.GetProperty("state").GetString());
        foreach (var order in orders) Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));
    }

    [Fact]
    public async Task A_payment_confirmed_at_stripe_but_never_reported_is_found_by_the_sweep_and_booked_once()
    {
        var (buyer, checkout, orders) = await TwoMerchantCheckoutAsync("sweep");
        var payment = await StartAsync(buyer, checkout);
        Stripe.Succeed(payment.GetProperty("providerReference").GetString()!);
        Assert.Equal("PendingPayment", await buyer.OrderStateAsync(Tenant, orders[0]));

        await Host.RunJobAsync(Tenant, "pending-payments");
        var once = await Host.TrialBalanceAsync(Tenant);
        await Host.RunJobAsync(Tenant, "pending-payments");
        var twice = await Host.TrialBalanceAsync(Tenant);

        foreach (var order in orders) Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));
        Assert.Equal(once.GetProperty("entries").GetInt64(), twice.GetProperty("entries").GetInt64());
        Assert.Equal(1, (long)(await Host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM JournalEntries WHERE Kind = 'payment' AND SourceId = '{payment.GetProperty("id").GetGuid().ToString().ToUpperInvariant()}'"))!);
    }

    [Fact]
    public async Task A_declined_card_is_422_with_stripes_reason_and_another_card_then_pays()
    {
        var (buyer, checkout, orders) = await TwoMerchantCheckoutAsync("declined");
        var payment = await StartAsync(buyer, checkout);
        var id = payment.GetProperty("id").GetGuid();
        var declined = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments/{id}/card/confirm", new { paymentMethod = "pm_card_chargeDeclined" });
        Assert.Contains("declined", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(declined, HttpStatusCode.UnprocessableEntity), "paymentMethod"));
        var notACard = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments/{id}/card/confirm", new { paymentMethod = "4242 4242 4242 4242" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(notACard, HttpStatusCode.BadRequest), "paymentMethod");
        Assert.Equal("PendingPayment", await buyer.OrderStateAsync(Tenant, orders[0]));

        // Starting again returns the same payment, not a second intent.
        Assert.Equal(id, (await StartAsync(buyer, checkout)).GetProperty("id").GetGuid());
        var paid = await buyer.PayByCardAsync(Tenant, checkout);
        Assert.Equal("Succeeded", paid.GetProperty("state").GetString());
        var again = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments/{id}/card/confirm", new { paymentMethod = "pm_card_visa" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "state");
        var nothingLeft = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId = checkout, method = "card" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(nothingLeft, HttpStatusCode.Conflict), "checkoutId");
    }

    [Fact]
    public async Task A_partial_after_sales_refund_goes_back_to_the_card_split_between_merchant_and_commission()
    {
        var sku = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CP-REF-{Run}", stock: 100, tiers: (1, 20.00m));
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"cp-refund-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, sku, 10);
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        await buyer.PayByCardAsync(Tenant, checkout);
        var merchant = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var order = orders[0];
        var lineId = (await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{order}")).GetProperty("lines")[0].GetProperty("id").GetString();
        var shipped = await merchant.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{order}/shipments", new { carrier = "SF", trackingNumber = $"SF-{Run}", items = new[] { new { lineId, quantity = 10 } } });
        Assert.True(shipped.IsSuccessStatusCode, await shipped.Content.ReadAsStringAsync());
        var filed = await (await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/after-sales",
            new { kind = "refund", reason = "3 boxes crushed", items = new[] { new { lineId, quantity = 3 } } })).Content.ReadFromJsonAsync<JsonElement>();
        var accepted = await merchant.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{filed.GetProperty("id")}/accept", new { refundAmount = 60.00m });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());

        await Eventually.HoldsAsync(async () =>
            (await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/after-sales/{filed.GetProperty("id")}")).GetProperty("state").GetString() == "Refunded",
            "the after-sales request is refunded once Stripe took the refund");
        var refund = Assert.Single(Stripe.Refunds, r => r["amount"]!.GetValue<long>() == 6000);
        var books = await Host.TrialBalanceAsync(Tenant);
        Assert.True(books.GetProperty("balanced").GetBoolean());
        var refunded = await Host.TenantScalarAsync(Tenant, $"SELECT CommissionShare || '/' || MerchantShare || '/' || State || '/' || ProviderReference FROM Refunds WHERE OrderId = '{order.ToString().ToUpperInvariant()}'");
        // 200.00 paid with 10.00 commission: 60.00 back is 3.00 of commission and 57.00 of the merchant's share (SQLite prints 3.0).
        Assert.Equal($"3.0/57.0/Sent/{refund["id"]!.GetValue<string>()}", (string)refunded!);

        var over = await (await Host.AdminAsync(Tenant)).PostAsJsonAsync($"/{Tenant}/api/admin/orders/{order}/refunds", new { amount = 140.01m, reason = "goodwill" });
        Assert.Contains("140.00", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(over, HttpStatusCode.Conflict), "amount"));
    }

    [Fact]
    public async Task A_paid_order_cancelled_before_shipment_is_refunded_in_full_and_its_commission_given_back()
    {
        var sku = await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"CP-CAN-{Run}", stock: 100, tiers: (1, 7.30m));
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"cp-cancel-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, sku, 3);
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        var before = await Host.TrialBalanceAsync(Tenant);
        await buyer.PayByCardAsync(Tenant, checkout);
        var cancelled = await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{orders[0]}/cancel", new { reason = "bought elsewhere" });
        Assert.True(cancelled.IsSuccessStatusCode, await cancelled.Content.ReadAsStringAsync());

        await Eventually.HoldsAsync(() => Task.FromResult(Stripe.Refunds.Any(r => r["amount"]!.GetValue<long>() == 2190)), "the full 21.90 is refunded to the card");
        await Eventually.HoldsAsync(async () => (await Host.TrialBalanceAsync(Tenant)).Balance("2400") == before.Balance("2400"), "the refund is marked sent");
        var after = await Host.TrialBalanceAsync(Tenant);
        var tools = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{orders[0]}")).GetProperty("merchantId").GetGuid();
        Assert.Equal(before.Balance($"2100:{tools}"), after.Balance($"2100:{tools}"));
        Assert.Equal(after.Balance("4000") - before.Balance("4000"), after.Balance("4010") - before.Balance("4010"));
        Assert.Equal(before.Balance("1010"), after.Balance("1010"));
    }

    [Fact]
    public async Task Webhooks_with_a_wrong_signature_or_too_old_are_refused_and_book_nothing()
    {
        var (buyer, checkout, _) = await TwoMerchantCheckoutAsync("forged");
        var payment = await StartAsync(buyer, checkout);
        var intent = Stripe.Succeed(payment.GetProperty("providerReference").GetString()!);

        var forged = FakeStripe.SignedEvent("payment_intent.succeeded", intent, $"evt_forged_{Run}", secret: "whsec_someone_else");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await PostWebhookAsync(forged.Body, forged.Signature), HttpStatusCode.BadRequest), "Stripe-Signature");
        var stale = FakeStripe.SignedEvent("payment_intent.succeeded", intent, $"evt_stale_{Run}", at: DateTimeOffset.UtcNow.AddMinutes(-10));
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await PostWebhookAsync(stale.Body, stale.Signature), HttpStatusCode.BadRequest), "Stripe-Signature");
        var unsigned = await PostWebhookAsync(forged.Body, null);
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);

        var still = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{payment.GetProperty("id")}");
        Assert.Equal("Pending", still.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Another_company_finds_neither_the_payment_nor_the_checkout_and_buyers_cannot_read_the_books()
    {
        var (buyer, checkout, _) = await TwoMerchantCheckoutAsync("owner");
        var payment = await StartAsync(buyer, checkout);
        var (stranger, _) = await Host.CompanyAsync(Tenant, $"cp-stranger-{Run}@plant.cn");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/{Tenant}/api/payments/{payment.GetProperty("id")}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/{Tenant}/api/payments/{payment.GetProperty("id")}/card/confirm", new { paymentMethod = "pm_card_visa" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId = checkout, method = "card" })).StatusCode);
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync($"/{Tenant}/api/admin/ledger/trial-balance")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync($"/{Tenant}/api/admin/payments/settings")).StatusCode);
        var merchant = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        Assert.Equal(HttpStatusCode.Forbidden, (await merchant.GetAsync($"/{Tenant}/api/admin/ledger/trial-balance")).StatusCode);

        var settings = await (await Host.AdminAsync(Tenant)).GetStringAsync($"/{Tenant}/api/admin/payments/settings");
        Assert.DoesNotContain(FakeStripe.SecretKey, settings);
        Assert.DoesNotContain(FakeStripe.WebhookSecret, settings);
        Assert.Contains("\"stripeConfigured\":true", settings);
    }

    [Fact]
    public async Task Settlement_pays_each_merchant_its_net_by_stripe_transfer_or_bank_and_the_books_reconcile()
    {
        var fastenersDesk = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var toolsDesk = await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var badAccount = await fastenersDesk.PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account", new { stripeAccountId = "bank-123" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badAccount, HttpStatusCode.BadRequest), "stripeAccountId");
        Assert.True((await fastenersDesk.PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account", new { stripeAccountId = $"acct_{Run}" })).IsSuccessStatusCode);
        Assert.True((await toolsDesk.PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account",
            new { bankName = "工商银行", bankAccountName = "工具公司", bankAccountNumber = "6222 0000 1234 5678" })).IsSuccessStatusCode);
        // Earlier tests of this class leave completed-or-not orders behind: settle what is due now, then measure this checkout alone.
        var admin = await Host.AdminAsync(Tenant);
        await SettleAndSendAsync(admin);

        var (buyer, checkout, orders) = await TwoMerchantCheckoutAsync("settle");
        await buyer.PayByCardAsync(Tenant, checkout);
        var (fasteners, tools) = await MerchantsOfAsync(buyer, orders);
        foreach (var (order, desk) in new[] { (orders[0], fastenersDesk), (orders[1], toolsDesk) })
        {
            var merchantOrder = await desk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{order}");
            var items = merchantOrder.GetProperty("lines").EnumerateArray().Select(l => new { lineId = l.GetProperty("id").GetString(), quantity = l.GetProperty("quantity").GetInt32() }).ToArray();
            var deskOf = merchantOrder.GetProperty("merchantId").GetGuid() == fasteners ? fastenersDesk : toolsDesk;
            Assert.True((await deskOf.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{order}/shipments", new { carrier = "SF", trackingNumber = $"SF-{order}", items })).IsSuccessStatusCode);
            Assert.True((await buyer.PostAsync($"/{Tenant}/api/orders/{order}/receive", null)).IsSuccessStatusCode);
            Assert.True((await buyer.PostAsync($"/{Tenant}/api/orders/{order}/complete", null)).IsSuccessStatusCode);
        }
        var fastenersOrder = (await Task.WhenAll(orders.Select(o => buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{o}"))))
            .Single(o => o.GetProperty("merchantId").GetGuid() == fasteners).GetProperty("id").GetGuid();
        var refund = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/orders/{fastenersOrder}/refunds", new { amount = 20.00m, reason = "late delivery" });
        Assert.True(refund.IsSuccessStatusCode, await refund.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(() => Task.FromResult(Stripe.Refunds.Any(r => r["amount"]!.GetValue<long>() == 2000)), "the goodwill refund reaches the card");

        var transfersBefore = Stripe.Transfers.Count;
        await SettleAndSendAsync(admin);
        // 120.00 less 6.00 commission less the 20.00 refund (of which 1.00 was commission given back): 95.00.
        var transfer = Assert.Single(Stripe.Transfers.Skip(transfersBefore));
        Assert.Equal(9500, transfer["amount"]!.GetValue<long>());
        Assert.Equal($"acct_{Run}", transfer["destination"]!.GetValue<string>());
        Assert.Equal(checkout.ToString(), transfer["transfer_group"]!.GetValue<string>());

        var fastenersFinance = await fastenersDesk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/finance");
        var statement = fastenersFinance.GetProperty("statements")[0];
        Assert.Equal(95.00m, statement.GetProperty("net").GetDecimal());
        Assert.Equal("Sent", statement.GetProperty("payoutState").GetString());
        Assert.Equal(0m, fastenersFinance.GetProperty("balance").GetDecimal());
        var csv = await fastenersDesk.GetStringAsync($"/{Tenant}/api/merchant/finance/statements/{statement.GetProperty("id")}/csv");
        Assert.Contains($"{fastenersOrder},120.00,5.00,20.00,95.00", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await toolsDesk.GetAsync($"/{Tenant}/api/merchant/finance/statements/{statement.GetProperty("id")}")).StatusCode);

        var toolsFinance = await toolsDesk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/finance");
        Assert.Equal(4.50m, toolsFinance.GetProperty("statements")[0].GetProperty("net").GetDecimal());
        Assert.Equal("bank", toolsFinance.GetProperty("statements")[0].GetProperty("payoutMethod").GetString());

        var books = await Host.TrialBalanceAsync(Tenant);
        Assert.True(books.GetProperty("balanced").GetBoolean());
        Assert.Equal(0m, books.Balance($"2200:{fasteners}"));
        Assert.Equal(0m, books.Balance($"2200:{tools}"));
        Assert.Equal(0m, books.Balance("2500"));
        var report = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/reconciliation");
        Assert.Equal(0, report.GetProperty("differences").GetArrayLength());
        Assert.True(report.GetProperty("matched").GetInt32() >= 4);

        var again = await admin.PostAsync($"/{Tenant}/api/admin/settlements/run", null);
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statements").GetInt32());
    }

    /// <summary>Runs a settlement now, waits for Stripe payouts, and records every bank payout as the operator would.</summary>
    private async Task SettleAndSendAsync(HttpClient admin)
    {
        var run = await admin.PostAsync($"/{Tenant}/api/admin/settlements/run", null);
        Assert.True(run.IsSuccessStatusCode, await run.Content.ReadAsStringAsync());
        await Host.RunJobAsync(Tenant, "stripe-payouts");
        var pending = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payouts?state=Pending");
        foreach (var payout in pending.EnumerateArray())
        {
            Assert.Equal("bank", payout.GetProperty("method").GetString());
            var sent = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payouts/{payout.GetProperty("id")}/sent", new { reference = $"BANK-{payout.GetProperty("id")}"[..20] });
            Assert.True(sent.IsSuccessStatusCode, await sent.Content.ReadAsStringAsync());
            var twice = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payouts/{payout.GetProperty("id")}/sent", new { reference = "BANK-AGAIN" });
            ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict), "payoutId");
        }
    }

    private async Task<(HttpClient Buyer, Guid Checkout, Guid[] Orders)> TwoMerchantCheckoutAsync(string who)
    {
        var n = Interlocked.Increment(ref buyers);
        var bolt = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"CP-B{n}-{Run}", stock: 100, tiers: (1, 12.00m));
        var wrench = await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"CP-W{n}-{Run}", stock: 100, tiers: (1, 1.00m));
        var (buyer, address) = await Host.CompanyAsync(Tenant, $"cp-{who}-{Run}@plant.cn");
        await buyer.AddAsync(Tenant, bolt, 10);
        await buyer.AddAsync(Tenant, wrench, 5);
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        Assert.Equal(2, orders.Length);
        return (buyer, checkout, orders);
    }

    private async Task<JsonElement> StartAsync(HttpClient buyer, Guid checkoutId)
    {
        var started = await buyer.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId, method = "card" });
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(started.IsSuccessStatusCode, body.ToString());
        return body;
    }

    /// <summary>The fasteners' and the tools' merchant ids, read from the orders of a two-merchant checkout.</summary>
    private async Task<(Guid Fasteners, Guid Tools)> MerchantsOfAsync(HttpClient buyer, Guid[] orders)
    {
        var views = await Task.WhenAll(orders.Select(o => buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{o}")));
        var merchants = views.ToDictionary(v => v.GetProperty("total").GetDecimal(), v => v.GetProperty("merchantId").GetGuid());
        return (merchants.GetValueOrDefault(120.00m), merchants.Values.Last());
    }

    private Task<HttpResponseMessage> PostWebhookAsync(string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/{Tenant}/api/payments/stripe/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add("Stripe-Signature", signature);
        return Host.Anonymous().SendAsync(request);
    }

    private async Task<string> WebhookOutcomeAsync(string body, string signature)
    {
        var response = await PostWebhookAsync(body, signature);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("outcome").GetString()!;
    }
}
