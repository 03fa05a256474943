using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>
/// The payment pages driven as a browser drives them, against the local fake Stripe: the buyer pays a checkout by
/// card with a declined card told at its field; the merchant's finance pages behind finance.view and
/// finance.payout-account; the operator's books, settlements, reconciliation, settings and commission rules; and
/// the walls (another company finds no payment, another merchant no statement, only operators open the books).
/// </summary>
public sealed partial class PaymentPageTests(PaymentPageTests.Marketplace market) : IClassFixture<PaymentPageTests.Marketplace>
{
    private const string Tenant = "paypages";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private static int buyers;

    private SaaSHost Host => market.Host;

    /// <summary>One host and one fake Stripe for the class: a marketplace launch costs seconds on a shared machine.</summary>
    public sealed class Marketplace : IAsyncLifetime
    {
        public FakeStripe Stripe { get; } = new();

        public SaaSHost Host { get; }

        public Marketplace() => Host = PaymentMarketplace.Host(Stripe);

        public Task InitializeAsync() => Host.LaunchPaymentsAsync(Tenant);

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            Stripe.Dispose();
        }
    }

    [Fact]
    public async Task A_buyer_checks_out_by_card_lands_on_the_payment_page_and_pays_after_a_declined_card_is_told_at_its_field()
    {
        var email = await CartOfTwoMerchantsAsync("pay");
        var browser = await SignedInAsync(Host, Tenant, email, CompanyBuyers.Password);
        var address = AddressId().Match(await browser.GetStringAsync($"/{Tenant}/checkout")).Groups["id"].Value;

        var placed = await SubmitAsync(browser, $"/{Tenant}/checkout", $"/{Tenant}/checkout", new() { ["addressId"] = address, ["invoiceType"] = "ordinary", ["paymentMethod"] = "card" });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var checkout = Guid.Parse(CheckoutLocation().Match(placed.Headers.Location!.OriginalString).Groups["id"].Value);
        var selection = await browser.GetStringAsync(placed.Headers.Location.OriginalString);
        Assert.Contains("下单成功：每个商家各一张订单。", selection);
        Assert.Contains("应付金额 <strong class=\"price pay-due\">¥125.00</strong>", selection);
        Assert.Contains("杭州紧固件供应链有限公司", selection);
        Assert.Contains("深圳精密工具有限公司", selection);
        Assert.Contains("name=\"method\" value=\"card\" checked", selection);
        var orders = OrderRow().Matches(selection).Select(m => m.Groups["id"].Value).Distinct().ToList();
        Assert.Equal(2, orders.Count);

        // Until it is paid, the order and the checkout's orders link to the payment.
        var payLink = $"href=\"/{Tenant}/pay/checkout/{checkout}\"";
        Assert.Contains(payLink, await browser.GetStringAsync($"/{Tenant}/orders/{orders[0]}"));
        Assert.Contains(payLink, await browser.GetStringAsync($"/{Tenant}/orders?checkout={checkout}"));

        var started = await SubmitAsync(browser, $"/{Tenant}/pay/checkout/{checkout}", $"/{Tenant}/pay/checkout/{checkout}", new() { ["method"] = "card" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var paymentPage = started.Headers.Location!.OriginalString;
        Assert.Matches($"^/{Tenant}/pay/[0-9a-f-]{{36}}$", paymentPage);
        var form = await browser.GetStringAsync(paymentPage);
        Assert.Contains("value=\"pm_card_visa\" checked", form);
        Assert.Contains("value=\"pm_card_chargeDeclined\"", form);
        Assert.Contains("测试模式", form);

        var declined = await SubmitAsync(browser, paymentPage, $"{paymentPage}/card", new() { ["paymentMethod"] = "pm_card_chargeDeclined" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, declined.StatusCode);
        var declinedHtml = await declined.Content.ReadAsStringAsync();
        Assert.Contains("id=\"paymentMethod-error\" class=\"field-error\">Your card was declined.</p>", declinedHtml);
        Assert.Contains("value=\"pm_card_chargeDeclined\" checked", declinedHtml);
        Assert.Equal("PendingPayment", await (await market.Host.BuyerAsync(Tenant, email)).OrderStateAsync(Tenant, Guid.Parse(orders[0])));

        var paid = await SubmitAsync(browser, paymentPage, $"{paymentPage}/card", new() { ["paymentMethod"] = "pm_card_visa" });
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var receipt = await browser.GetStringAsync(paid.Headers.Location!.OriginalString);
        Assert.Contains("payment-state state-succeeded", receipt);
        Assert.Contains("实收金额", receipt);
        Assert.DoesNotContain("name=\"paymentMethod\"", receipt);
        foreach (var order in orders) Assert.Contains($"href=\"/{Tenant}/orders/{order}\"", receipt);
        var api = await Host.BuyerAsync(Tenant, email);
        foreach (var order in orders) Assert.Equal("Paid", await api.OrderStateAsync(Tenant, Guid.Parse(order)));
        Assert.DoesNotContain(payLink, await browser.GetStringAsync($"/{Tenant}/orders/{orders[0]}"));
        Assert.Contains("本次结算的订单均无需付款", await browser.GetStringAsync($"/{Tenant}/pay/checkout/{checkout}"));

        // Another company finds neither the payment nor the checkout, and cannot pay with them.
        await Host.CompanyAsync(Tenant, $"pp-stranger-{Run}@plant.cn");
        var stranger = await SignedInAsync(Host, Tenant, $"pp-stranger-{Run}@plant.cn", CompanyBuyers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(paymentPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/{Tenant}/pay/checkout/{checkout}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(stranger, $"/{Tenant}/account", $"{paymentPage}/card", new() { ["paymentMethod"] = "pm_card_visa" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SubmitAsync(stranger, $"/{Tenant}/account", $"/{Tenant}/pay/checkout/{checkout}", new() { ["method"] = "card" })).StatusCode);
    }

    [Fact]
    public async Task With_live_keys_the_page_hands_the_card_to_stripe_js_and_books_the_payment_when_the_buyer_comes_back()
    {
        var email = await CartOfTwoMerchantsAsync("live");
        var buyer = await Host.BuyerAsync(Tenant, email);
        var address = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString()!;
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        var browser = await SignedInAsync(Host, Tenant, email, CompanyBuyers.Password);
        var started = await SubmitAsync(browser, $"/{Tenant}/pay/checkout/{checkout}", $"/{Tenant}/pay/checkout/{checkout}", new() { ["method"] = "card" });
        var paymentPage = started.Headers.Location!.OriginalString;
        var intent = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{paymentPage.Split('/')[^1]}")).GetProperty("providerReference").GetString()!;
        var admin = await PaymentMarketplace.AdminAsync(Host, Tenant);
        Assert.True((await admin.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { stripeSecretKey = "sk_live_fake_0123", stripePublishableKey = "pk_live_fake_0123" })).IsSuccessStatusCode);
        try
        {
            var live = await browser.GetStringAsync(paymentPage);
            Assert.Contains("data-key=\"pk_live_fake_0123\"", live);
            Assert.Contains($"data-secret=\"{intent}_secret_", live);
            Assert.Contains($"data-return=\"http://localhost{paymentPage}\"", live);
            Assert.Contains("<script src=\"https://js.stripe.com/v3/\"></script>", live);
            Assert.DoesNotContain("name=\"paymentMethod\"", live);

            // The buyer paid on Stripe's form and is sent back before the webhook: the page asks Stripe and books it.
            market.Stripe.Succeed(intent);
            var back = await browser.GetStringAsync($"{paymentPage}?payment_intent={intent}&redirect_status=succeeded");
            Assert.Contains("payment-state state-succeeded", back);
            foreach (var order in orders) Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));
        }
        finally
        {
            await admin.PutAsJsonAsync($"/{Tenant}/api/admin/payments/settings", new { stripeSecretKey = FakeStripe.SecretKey, stripePublishableKey = FakeStripe.PublishableKey });
        }
    }

    [Fact]
    public async Task Finance_pages_need_finance_view_and_the_payout_account_form_needs_finance_payout_account()
    {
        var products = await MerchantBrowserAsync("products@fasteners.example.cn", "Products-Pass-2026");
        var denied = await products.GetAsync($"/{Tenant}/merchant/finance");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("finance.view", await denied.Content.ReadAsStringAsync());

        var finance = await MerchantBrowserAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        var readOnly = await finance.GetStringAsync($"/{Tenant}/merchant/finance");
        Assert.Contains("待结算余额", readOnly);
        Assert.DoesNotContain("name=\"bankAccountNumber\"", readOnly);
        // The account page's form gives anyone signed in a valid antiforgery token to post with.
        var refused = await SubmitAsync(finance, $"/{Tenant}/account", $"/{Tenant}/merchant/finance/payout-account", new() { ["bankAccountNumber"] = "6222 0000 1111 2222" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("finance.payout-account", await refused.Content.ReadAsStringAsync());

        var owner = await MerchantBrowserAsync(OrderMarketplace.FastenersOwner, "Owner-Pass-2026");
        var page = $"/{Tenant}/merchant/finance";
        var bad = await SubmitAsync(owner, page, $"{page}/payout-account", new() { ["stripeAccountId"] = "bank-123", ["bankName"] = "工商银行" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"stripeAccountId-error\" class=\"field-error\">A Stripe connected account id starts with acct_.</p>", badHtml);
        Assert.Contains("value=\"bank-123\"", badHtml);
        Assert.Contains("value=\"工商银行\"", badHtml);

        var saved = await SubmitAsync(owner, page, $"{page}/payout-account",
            new() { ["bankName"] = "工商银行 杭州分行", ["bankAccountName"] = "杭州紧固件", ["bankAccountNumber"] = "6222 0000 1234 5678" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var savedHtml = await owner.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("收款账户已保存。", savedHtml);
        Assert.Contains("工商银行 杭州分行 杭州紧固件 ···· 5678", savedHtml);
        Assert.DoesNotContain("6222 0000 1234 5678", savedHtml);
        Assert.Contains("已保存账号尾号 5678", savedHtml);
    }

    [Fact]
    public async Task The_operator_settles_and_records_a_bank_payout_on_the_admin_pages_and_each_merchant_reads_only_its_own_statement()
    {
        var fastenersDesk = await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var toolsDesk = await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        Assert.True((await fastenersDesk.PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account", new { stripeAccountId = $"acct_{Run}" })).IsSuccessStatusCode);
        Assert.True((await toolsDesk.PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account",
            new { bankName = "工商银行", bankAccountName = "深圳精密工具", bankAccountNumber = "6222 0000 8765 4321" })).IsSuccessStatusCode);
        var email = await CartOfTwoMerchantsAsync("settle");
        var buyer = await Host.BuyerAsync(Tenant, email);
        var address = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine/addresses"))[0].GetProperty("id").GetString()!;
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "card");
        await buyer.PayByCardAsync(Tenant, checkout);
        foreach (var order in orders) await CompleteAsync(buyer, order);

        var admin = await SignedInAsync(Host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var settlements = $"/{Tenant}/admin/payments/settlements";
        Assert.Contains("立即结算", await admin.GetStringAsync(settlements));
        var run = await SubmitAsync(admin, settlements, $"{settlements}/run", new());
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var after = await admin.GetStringAsync(run.Headers.Location!.OriginalString);
        var payout = BankPayout().Match(after);
        Assert.True(payout.Success, "the tools merchant's bank payout waits with its form");
        Assert.Contains("工商银行 深圳精密工具 6222 0000 8765 4321", after);

        var empty = await SubmitAsync(admin, settlements, $"/{Tenant}/admin/payments/payouts/{payout.Groups["id"].Value}/sent", new() { ["reference"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains($"id=\"reference-{payout.Groups["id"].Value}-error\" class=\"field-error\">Give the bank reference", await empty.Content.ReadAsStringAsync());
        var recorded = await SubmitAsync(admin, settlements, $"/{Tenant}/admin/payments/payouts/{payout.Groups["id"].Value}/sent", new() { ["reference"] = $"ICBC-{Run}" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        await Host.RunJobAsync(Tenant, "stripe-payouts");

        var tools = await MerchantBrowserAsync(OrderMarketplace.ToolsOwner, "Owner-Pass-2026");
        var toolsFinance = await tools.GetStringAsync($"/{Tenant}/merchant/finance");
        var statement = StatementLink().Match(toolsFinance);
        Assert.True(statement.Success, toolsFinance);
        // 5 × 1.00 at 5 % is 0.25, raised to the 0.50 minimum: 4.50 paid out by bank with the operator's reference.
        Assert.Matches($@"(?s)data-statement=""{statement.Groups["number"].Value}"">.*?<strong>¥4\.50</strong>.*?已打款.*?ICBC-{Run}", toolsFinance);
        var sheet = await tools.GetStringAsync($"/{Tenant}/merchant/finance/statements/{statement.Groups["id"].Value}");
        Assert.Contains("class=\"commission-rate\">5%</span>", sheet);
        Assert.Contains("(最低 ¥0.50)", sheet);
        Assert.Contains($"/api/merchant/finance/statements/{statement.Groups["id"].Value}/csv", sheet);
        var fasteners = await MerchantBrowserAsync(OrderMarketplace.FastenersOwner, "Owner-Pass-2026");
        Assert.Equal(HttpStatusCode.NotFound, (await fasteners.GetAsync($"/{Tenant}/merchant/finance/statements/{statement.Groups["id"].Value}")).StatusCode);
        Assert.Matches(@"(?s)data-statement=""ST[^""]+"">.*?<strong>¥114\.00</strong>.*?已打款", await fasteners.GetStringAsync($"/{Tenant}/merchant/finance"));

        var books = await admin.GetStringAsync($"/{Tenant}/admin/payments");
        Assert.Contains("data-balanced=\"true\"", books);
        Assert.Equal(2 * 30, BarRect().Matches(books).Count);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime).ToString("yyyy-MM-dd");
        Assert.Matches($@"<rect class=""bar"" x=""\d+"" y=""\d+"" width=""\d+"" height=""[1-9]\d*"" data-day=""{today}"">", books);
        Assert.Contains("深圳精密工具有限公司", books);
        var reconciliation = await admin.GetStringAsync($"/{Tenant}/admin/payments/reconciliation");
        Assert.Contains("data-differences=\"0\"", reconciliation);
        Assert.DoesNotContain("class=\"difference\"", reconciliation);
    }

    [Fact]
    public async Task Only_operators_open_the_payment_admin_pages()
    {
        var pages = new[] { "", "/settlements", "/reconciliation", "/settings", "/commissions" }.Select(p => $"/{Tenant}/admin/payments{p}").ToList();
        var (buyer, _) = await Host.CompanyAsync(Tenant, $"pp-nosy-{Run}@plant.cn");
        var merchant = await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        var finance = await Host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        foreach (var page in pages)
        {
            foreach (var outsider in new[] { buyer, merchant, finance }) Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(page)).StatusCode);
            var anonymous = await Host.Anonymous().GetAsync(page);
            Assert.Contains("/account/login", anonymous.RequestMessage!.RequestUri!.ToString());
        }
        var runs = await Host.TenantScalarAsync(Tenant, "SELECT COUNT(*) FROM SettlementRuns");
        var nosy = await SignedInAsync(Host, Tenant, $"pp-nosy-{Run}@plant.cn", CompanyBuyers.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(nosy, $"/{Tenant}/account", $"/{Tenant}/admin/payments/settlements/run", new())).StatusCode);
        Assert.Equal(runs, await Host.TenantScalarAsync(Tenant, "SELECT COUNT(*) FROM SettlementRuns"));
        var admin = Host.WithToken(await Host.LoginAsync($"/{Tenant}", "admin@example.com"));
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task The_settings_page_shows_secrets_only_as_set_gives_the_webhook_address_and_refuses_bad_values_at_their_fields()
    {
        var admin = await SignedInAsync(Host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var page = $"/{Tenant}/admin/payments/settings";
        var settings = await admin.GetStringAsync(page);
        Assert.Contains($"<code class=\"webhook-url\">http://localhost/{Tenant}/api/payments/stripe/webhook</code>", settings);
        Assert.Contains("data-set=\"true\">已设置", settings);
        Assert.DoesNotContain(FakeStripe.SecretKey, settings);
        Assert.DoesNotContain(FakeStripe.WebhookSecret, settings);
        Assert.Contains($"value=\"{FakeStripe.PublishableKey}\"", settings);

        var unreadable = await SubmitAsync(admin, page, page, Settings(("settlementDelayDays", "seven")));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("id=\"settlementDelayDays-error\" class=\"field-error\">Write a whole number of days.</p>", await unreadable.Content.ReadAsStringAsync());
        var wrongKey = await SubmitAsync(admin, page, page, Settings(("stripeSecretKey", "pk_live_oops"), ("remittanceAccount", "建设银行 0001")));
        Assert.Equal(HttpStatusCode.BadRequest, wrongKey.StatusCode);
        var wrongKeyHtml = await wrongKey.Content.ReadAsStringAsync();
        Assert.Contains("id=\"stripeSecretKey-error\" class=\"field-error\">A Stripe secret key starts with sk_", wrongKeyHtml);
        Assert.DoesNotContain("pk_live_oops", wrongKeyHtml);
        Assert.Contains("建设银行 0001", wrongKeyHtml);

        var saved = await SubmitAsync(admin, page, page, Settings(("settlementWeekday", "Friday")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var view = await (await PaymentMarketplace.AdminAsync(Host, Tenant)).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payments/settings");
        Assert.True(view.GetProperty("stripeConfigured").GetBoolean());
        Assert.True(view.GetProperty("webhookSecretSet").GetBoolean());
        Assert.Equal("Friday", view.GetProperty("settlementWeekday").GetString());
        Assert.Equal(0, view.GetProperty("settlementDelayDays").GetInt32());
        Assert.Contains("<option value=\"Friday\" selected>星期五</option>", await admin.GetStringAsync(page));
    }

    [Fact]
    public async Task Commission_rules_are_added_and_ended_on_their_page_with_refusals_at_the_field()
    {
        var admin = await SignedInAsync(Host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var page = $"/{Tenant}/admin/payments/commissions";
        var list = await admin.GetStringAsync(page);
        Assert.Contains("全部商家", list);
        var bearings = MerchantOption().Match(list);
        Assert.True(bearings.Success, "the bearings merchant is offered");
        var bolts = CategoryOption().Match(list);
        Assert.True(bolts.Success, "categories are offered with their branch");

        var unreadable = await SubmitAsync(admin, page, page, new() { ["merchantId"] = bearings.Groups["id"].Value, ["ratePercent"] = "three", ["effectiveFrom"] = "2026-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var unreadableHtml = await unreadable.Content.ReadAsStringAsync();
        Assert.Contains("id=\"ratePercent-error\" class=\"field-error\">Write a number such as 5 or 2.5.</p>", unreadableHtml);
        Assert.Contains($"<option value=\"{bearings.Groups["id"].Value}\" selected>", unreadableHtml);
        var tooHigh = await SubmitAsync(admin, page, page, new() { ["ratePercent"] = "120", ["effectiveFrom"] = "2026-01-01" });
        Assert.Contains("id=\"ratePercent-error\" class=\"field-error\">The rate is a percentage from 0 to 100", await tooHigh.Content.ReadAsStringAsync());

        var rule = new Dictionary<string, string>
        {
            ["merchantId"] = bearings.Groups["id"].Value, ["categoryId"] = bolts.Groups["id"].Value, ["ratePercent"] = "3.5", ["minimumPerLine"] = "0.20",
            ["effectiveFrom"] = "2026-01-01", ["note"] = $"bearings {Run}",
        };
        var added = await SubmitAsync(admin, page, page, new(rule));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var withRule = await admin.GetStringAsync(added.Headers.Location!.OriginalString);
        var row = RuleRow(Run).Match(withRule);
        Assert.True(row.Success, "the rule is listed");
        Assert.Contains("3.5%", row.Value);
        Assert.Contains("洛阳精工轴承传动有限公司", row.Value);

        var overlapping = await SubmitAsync(admin, page, page, new(rule) { ["effectiveFrom"] = "2026-06-01" });
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        Assert.Contains("id=\"effectiveFrom-error\" class=\"field-error\">Another rule for the same merchant and category", await overlapping.Content.ReadAsStringAsync());

        var id = row.Groups["id"].Value;
        var backwards = await SubmitAsync(admin, page, $"{page}/{id}/end", new() { ["effectiveTo"] = "2025-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains($"id=\"end-{id}-error\" class=\"field-error\">The end date comes after the start date.", await backwards.Content.ReadAsStringAsync());
        var ended = await SubmitAsync(admin, page, $"{page}/{id}/end", new() { ["effectiveTo"] = "2026-03-01" });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var endedRow = RuleRow(Run).Match(await admin.GetStringAsync(page)).Value;
        Assert.Contains("2026-03-01", endedRow);
        Assert.Contains("已终止", endedRow);
        Assert.DoesNotContain("/end\"", endedRow);
    }

    private static Dictionary<string, string> Settings(params (string Field, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["stripeSecretKey"] = "", ["stripePublishableKey"] = FakeStripe.PublishableKey, ["stripeWebhookSecret"] = "", ["settlementDelayDays"] = "0",
            ["settlementWeekday"] = "Monday", ["remittanceAccount"] = "招商银行 上海分行 1219 0000 0000 0001",
        };
        foreach (var (field, value) in changes) fields[field] = value;
        return fields;
    }

    /// <summary>A buyer company with 10 bolts at 12.00 (fasteners) and 5 wrenches at 1.00 (tools) in its cart: 125.00 in two orders.</summary>
    private async Task<string> CartOfTwoMerchantsAsync(string who)
    {
        var n = Interlocked.Increment(ref buyers);
        var bolt = await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"PP-B{n}-{Run}", stock: 100, tiers: (1, 12.00m));
        var wrench = await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"PP-W{n}-{Run}", stock: 100, tiers: (1, 1.00m));
        var email = $"pp-{who}-{Run}@plant.cn";
        var (buyer, _) = await Host.CompanyAsync(Tenant, email);
        Assert.True((await buyer.AddAsync(Tenant, bolt, 10)).IsSuccessStatusCode);
        Assert.True((await buyer.AddAsync(Tenant, wrench, 5)).IsSuccessStatusCode);
        return email;
    }

    /// <summary>The order's merchant ships it all; the buyer receives and completes it.</summary>
    private async Task CompleteAsync(HttpClient buyer, Guid order)
    {
        var merchantId = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order}")).GetProperty("merchantId").GetGuid();
        foreach (var owner in new[] { OrderMarketplace.FastenersOwner, OrderMarketplace.ToolsOwner })
        {
            var desk = await Host.MerchantAsync(Tenant, owner);
            var sheet = await desk.GetAsync($"/{Tenant}/api/merchant/orders/{order}");
            if (sheet.StatusCode == HttpStatusCode.NotFound) continue;
            var view = await sheet.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(merchantId, view.GetProperty("merchantId").GetGuid());
            var items = view.GetProperty("lines").EnumerateArray().Select(l => new { lineId = l.GetProperty("id").GetString(), quantity = l.GetProperty("quantity").GetInt32() }).ToArray();
            Assert.True((await desk.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{order}/shipments", new { carrier = "SF", trackingNumber = $"SF-{order}", items })).IsSuccessStatusCode);
        }
        Assert.True((await buyer.PostAsync($"/{Tenant}/api/orders/{order}/receive", null)).IsSuccessStatusCode);
        Assert.True((await buyer.PostAsync($"/{Tenant}/api/orders/{order}/complete", null)).IsSuccessStatusCode);
    }

    private async Task<HttpClient> MerchantBrowserAsync(string email, string password)
    {
        await Host.InvitedAsync(Tenant, email, password);
        return await SignedInAsync(Host, Tenant, email, password);
    }

    [GeneratedRegex(@"name=""addressId"" value=""(?<id>[0-9a-f-]{36})""")]
    private static partial Regex AddressId();

    [GeneratedRegex(@"/pay/checkout/(?<id>[0-9a-f-]{36})\?notice=placed$")]
    private static partial Regex CheckoutLocation();

    [GeneratedRegex(@"<tr data-order=""(?<id>[0-9a-f-]{36})"">")]
    private static partial Regex OrderRow();

    [GeneratedRegex(@"<tr data-payout=""(?<id>[0-9a-f-]{36})"" data-merchant=""深圳精密工具有限公司"">")]
    private static partial Regex BankPayout();

    [GeneratedRegex(@"<tr data-statement=""(?<number>ST[^""]+)"">\s*<td><a href=""/[^/]+/merchant/finance/statements/(?<id>[0-9a-f-]{36})"">")]
    private static partial Regex StatementLink();

    [GeneratedRegex(@"<rect class=""bar""")]
    private static partial Regex BarRect();

    [GeneratedRegex(@"<option value=""(?<id>[0-9a-f-]{36})"">洛阳精工轴承传动有限公司</option>")]
    private static partial Regex MerchantOption();

    [GeneratedRegex(@"<option value=""(?<id>[0-9a-f-]{36})"">[^<]+ › [^<]+</option>")]
    private static partial Regex CategoryOption();

    private static Regex RuleRow(string run) => new($@"(?s)<tr data-rule=""(?<id>[0-9a-f-]{{36}})"">(?:(?!</tr>).)*bearings {run}(?:(?!</tr>).)*</tr>");
}
