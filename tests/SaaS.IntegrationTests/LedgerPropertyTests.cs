using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Random sequences of checkouts, card payments, partial and over-large refunds, cancellations, completions,
/// security deposits and settlements (CsCheck), driven through the real API of one marketplace. After every sequence the books must hold:
/// debits equal credits; each merchant's payable balance equals its completed orders' net less what statements paid
/// out; the platform's revenue equals the commissions earned less those refunded, each commission as the rule prices
/// it; the ledger's Stripe balance equals the fake Stripe's own; and each merchant's deposits held equal what the
/// merchants module says it holds.
/// </summary>
public sealed class LedgerPropertyTests() : StripeMarketplaceTests(Tenant)
{
    private const string Tenant = "ledgerprop";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
    private readonly List<(Guid Checkout, HttpClient Buyer)> checkouts = [];
    private readonly List<(Guid Order, HttpClient Buyer)> orders = [];
    private readonly Dictionary<Guid, decimal> expectedCommission = [];
    private HttpClient[] buyers = [];
    private string[] addresses = [];
    private (Guid Sku, decimal Price)[] skus = [];
    private HttpClient admin = null!;
    private HttpClient[] desks = [];
    private Guid[] merchants = [];

    public override async Task InitializeAsync()
    {
        await Host.LaunchPaymentsAsync(Tenant);
        admin = await Host.AdminAsync(Tenant);
        skus =
        [
            (await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"LP-A-{Run}", stock: 100_000, tiers: (1, 13.37m)), 13.37m),
            (await Host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"LP-B-{Run}", stock: 100_000, tiers: (1, 0.99m)), 0.99m),
            (await Host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"LP-C-{Run}", stock: 100_000, tiers: (1, 250.00m)), 250.00m),
        ];
        desks = [await Host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner), await Host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner)];
        merchants = [await desks[0].MerchantIdAsync(Tenant), await desks[1].MerchantIdAsync(Tenant)];
        Assert.True((await desks[0].PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account", new { stripeAccountId = $"acct_lp{Run}" })).IsSuccessStatusCode);
        Assert.True((await desks[1].PutAsJsonAsync($"/{Tenant}/api/merchant/finance/payout-account", new { bankAccountNumber = "6222 0000 0000 0002" })).IsSuccessStatusCode);
        var companies = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Host.CompanyAsync(Tenant, $"lp-{i}-{Run}@plant.cn")));
        buyers = companies.Select(c => c.Buyer).ToArray();
        addresses = companies.Select(c => c.AddressId).ToArray();
    }

    private sealed record Step(int Kind, int Pick, int Percent)
    {
        public override string ToString() => $"{Kinds[Kind]}({Pick},{Percent}%)";
    }

    private static readonly string[] Kinds = ["checkout-and-pay", "checkout", "pay", "refund", "cancel", "complete", "settle", "deposit"];

    [Fact]
    public async Task Any_sequence_of_money_movements_keeps_the_books_balanced_and_every_balance_explained()
    {
        var steps = Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Int[0, 1000], Gen.Int[1, 110], (kind, pick, percent) => new Step(kind, pick, percent)).Array[3, 10];
        await steps.SampleAsync(async sequence =>
        {
            foreach (var step in sequence) await ApplyAsync(step);
            await AssertBooksHoldAsync();
        }, iter: 12, threads: 1, print: s => string.Join(" ", s.Select(x => x.ToString())));
    }

    private async Task ApplyAsync(Step step)
    {
        switch (Kinds[step.Kind])
        {
            case "checkout-and-pay":
                await PayAsync(await CheckoutAsync(step));
                break;
            case "checkout":
                await CheckoutAsync(step);
                break;
            case "pay" when checkouts.Count > 0:
                await PayAsync(checkouts[step.Pick % checkouts.Count]);
                break;
            case "refund" when orders.Count > 0:
                await RefundAsync(orders[step.Pick % orders.Count].Order, step.Percent);
                break;
            case "cancel" when orders.Count > 0:
                var (order, buyer) = orders[step.Pick % orders.Count];
                AssertNoServerError(await buyer.PostAsJsonAsync($"/{Tenant}/api/orders/{order}/cancel", new { reason = "property test" }));
                break;
            case "complete" when orders.Count > 0:
                await CompleteAsync(orders[step.Pick % orders.Count]);
                break;
            case "settle":
                await SettleAsync();
                break;
            case "deposit":
                await DepositAsync(merchants[step.Pick % merchants.Length], step.Percent);
                break;
        }
    }

    private async Task<(Guid Checkout, HttpClient Buyer)> CheckoutAsync(Step step)
    {
        var who = step.Pick % buyers.Length;
        var buyer = buyers[who];
        var chosen = skus.Where((_, i) => (step.Pick >> i & 1) == 1 || i == step.Pick % skus.Length).ToList();
        foreach (var (sku, _) in chosen) Assert.True((await buyer.AddAsync(Tenant, sku, 1 + step.Percent % 7)).IsSuccessStatusCode);
        var (checkout, placed) = await buyer.CheckoutByAsync(Tenant, addresses[who], "card");
        // The oracle's own commission: 5 % of each line, at least 0.50 a line (PaymentMarketplace's default rule).
        foreach (var order in placed)
        {
            var view = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{order}");
            expectedCommission[order] = view.GetProperty("lines").EnumerateArray()
                .Sum(l => Math.Min(l.GetProperty("lineTotal").GetDecimal(), Math.Max(decimal.Round(l.GetProperty("lineTotal").GetDecimal() * 0.05m, 2, MidpointRounding.AwayFromZero), 0.50m)));
            orders.Add((order, buyer));
        }
        checkouts.Add((checkout, buyer));
        return (checkout, buyer);
    }

    private async Task PayAsync((Guid Checkout, HttpClient Buyer) checkout)
    {
        var started = await checkout.Buyer.PostAsJsonAsync($"/{Tenant}/api/payments", new { checkoutId = checkout.Checkout, method = "card" });
        AssertNoServerError(started);
        if (!started.IsSuccessStatusCode) return;
        var payment = await started.Content.ReadFromJsonAsync<JsonElement>();
        AssertNoServerError(await checkout.Buyer.PostAsJsonAsync($"/{Tenant}/api/payments/{payment.GetProperty("id")}/card/confirm", new { paymentMethod = "pm_card_visa" }));
    }

    /// <summary>Refunds a share of what is left; above 100 % it asks for more than is left, which must be refused.</summary>
    private async Task RefundAsync(Guid order, int percent)
    {
        var left = await LeftToRefundAsync(order);
        var amount = percent > 100 ? left + 0.01m : Math.Max(0.01m, decimal.Round(left * percent / 100m, 2));
        var response = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/orders/{order}/refunds", new { amount, reason = "property test" });
        AssertNoServerError(response);
        if (amount > left) Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private async Task CompleteAsync((Guid Order, HttpClient Buyer) target)
    {
        foreach (var desk in desks)
        {
            var view = await desk.GetAsync($"/{Tenant}/api/merchant/orders/{target.Order}");
            if (view.StatusCode != HttpStatusCode.OK) continue;
            var order = await view.Content.ReadFromJsonAsync<JsonElement>();
            var items = order.GetProperty("lines").EnumerateArray()
                .Select(l => new { lineId = l.GetProperty("id").GetString(), quantity = l.GetProperty("quantity").GetInt32() - l.GetProperty("shipped").GetInt32() })
                .Where(l => l.quantity > 0).ToArray();
            if (items.Length > 0) AssertNoServerError(await desk.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{target.Order}/shipments", new { carrier = "SF", trackingNumber = "SF-LP", items }));
        }
        AssertNoServerError(await target.Buyer.PostAsync($"/{Tenant}/api/orders/{target.Order}/receive", null));
        AssertNoServerError(await target.Buyer.PostAsync($"/{Tenant}/api/orders/{target.Order}/complete", null));
    }

    private async Task SettleAsync()
    {
        AssertNoServerError(await admin.PostAsync($"/{Tenant}/api/admin/settlements/run", null));
        await Host.RunJobAsync(Tenant, "stripe-payouts");
        foreach (var payout in (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/payouts?state=Pending")).EnumerateArray().Where(p => p.GetProperty("method").GetString() == "bank"))
        {
            AssertNoServerError(await admin.PostAsJsonAsync($"/{Tenant}/api/admin/payouts/{payout.GetProperty("id")}/sent", new { reference = "BANK-LP" }));
        }
    }

    /// <summary>The operator records a deposit paid in, or refunds part of what is held (above it is refused).</summary>
    private async Task DepositAsync(Guid merchant, int percent)
    {
        var held = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants/{merchant}/deposit")).GetProperty("held").GetDecimal();
        var (kind, amount) = percent % 2 == 0 ? ("Payment", 1000m + percent) : ("Refund", held == 0 ? 1m : Math.Max(0.01m, decimal.Round(held * percent / 110m, 2)));
        var response = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/deposits", new { kind, amount, reference = $"DEP-{percent}" });
        AssertNoServerError(response);
        if (kind == "Refund" && amount > held) Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private async Task AssertBooksHoldAsync()
    {
        await Host.RunJobAsync(Tenant, "card-refunds");
        await Host.RunJobAsync(Tenant, "stripe-payouts");
        var books = await Host.TrialBalanceAsync(Tenant);
        Assert.Equal(books.GetProperty("debits").GetDecimal(), books.GetProperty("credits").GetDecimal());

        var accounts = (await Host.TenantRowsAsync(Tenant, "SELECT Id, MerchantId, State, Total, Commission, Refunded, CommissionRefunded, PaidUtc FROM OrderAccounts"))
            .Select(r => new
            {
                Id = Guid.Parse((string)r[0]), Merchant = Guid.Parse((string)r[1]), State = (string)r[2], Total = Dec(r[3]), Commission = Dec(r[4]), Refunded = Dec(r[5]),
                CommissionRefunded = Dec(r[6]), Paid = r[7] is not DBNull,
            }).ToList();
        var payouts = (await Host.TenantRowsAsync(Tenant, "SELECT MerchantId, Amount FROM Payouts")).Select(r => (Merchant: Guid.Parse((string)r[0]), Amount: Dec(r[1]))).ToList();
        foreach (var merchant in accounts.Select(a => a.Merchant).Distinct())
        {
            var completedNet = accounts.Where(a => a.Merchant == merchant && a.State == "Completed").Sum(a => a.Total - a.Refunded - (a.Commission - a.CommissionRefunded));
            Assert.Equal(completedNet - payouts.Where(p => p.Merchant == merchant).Sum(p => p.Amount), books.Balance($"2200:{merchant}"));
            var paidNet = accounts.Where(a => a.Merchant == merchant && a.State == "Paid").Sum(a => a.Total - a.Refunded - (a.Commission - a.CommissionRefunded));
            Assert.Equal(paidNet, books.Balance($"2100:{merchant}"));
        }
        var paid = accounts.Where(a => a.Paid).ToList();
        foreach (var account in paid) Assert.Equal(expectedCommission[account.Id], account.Commission);
        Assert.Equal(paid.Sum(a => a.Commission) - paid.Sum(a => a.CommissionRefunded), books.Balance("4000") - books.Balance("4010"));
        Assert.All(accounts, a => Assert.InRange(a.Refunded, 0m, a.Total));
        Assert.Equal(Money(Stripe.Balance()), books.Balance("1010"));
        foreach (var merchant in merchants)
        {
            var deposit = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants/{merchant}/deposit");
            Assert.Equal(deposit.GetProperty("held").GetDecimal(), books.Balance($"2300:{merchant}"));
        }
        Assert.Equal(0m, books.Balance("2400"));
    }

    private async Task<decimal> LeftToRefundAsync(Guid order)
    {
        var row = (await Host.TenantRowsAsync(Tenant, $"SELECT Total, Refunded FROM OrderAccounts WHERE Id = '{order.ToString().ToUpperInvariant()}'")).Single();
        return Dec(row[0]) - Dec(row[1]);
    }

    private static decimal Dec(object value) => decimal.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal Money(long minor) => minor / 100m;

    private static void AssertNoServerError(HttpResponseMessage response) =>
        Assert.True((int)response.StatusCode < 500, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
}
