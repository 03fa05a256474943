using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;
using static SaaS.IntegrationTests.OfflinePayments;

namespace SaaS.IntegrationTests;

/// <summary>
/// Bank transfers and credit terms driven through their pages as a browser drives them: the buyer remits on the
/// payment page with a slip and the operator confirms it on the transfer desk; credit terms are set on the
/// operator's page and read on the buyer's; and the walls (another company, someone not an operator).
/// </summary>
public sealed partial class BankTransferPageTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "transferpages";
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public Task InitializeAsync() => host.LaunchPaymentsAsync(Tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_buyer_remits_with_a_slip_on_the_payment_page_and_the_operator_confirms_it_on_the_transfer_desk()
    {
        var email = $"tp-remit-{Run}@plant.cn";
        var (buyer, address) = await host.CompanyAsync(Tenant, email);
        await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"TP-B-{Run}", stock: 50, tiers: (1, 100m)), 3).OkAsync();
        await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"TP-W-{Run}", stock: 50, tiers: (1, 50m)), 2).OkAsync();
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "bank-transfer");
        var browser = await SignedInAsync(host, Tenant, email, CompanyBuyers.Password);

        var started = await SubmitAsync(browser, $"/{Tenant}/pay/checkout/{checkout}", $"/{Tenant}/pay/checkout/{checkout}", new() { ["method"] = "bank-transfer" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = started.Headers.Location!.OriginalString;
        var paymentId = Guid.Parse(page.Split('/')[^1]);
        var instructions = await browser.GetStringAsync(page);
        Assert.Contains($"<dd class=\"remittance-account\">{RemittanceAccount}</dd>", instructions);
        Assert.Contains("<dd class=\"price transfer-due\">¥400.00</dd>", instructions);
        var code = ReferenceCode().Match(instructions);
        Assert.True(code.Success, "the page gives the code to write on the transfer");
        Assert.Equal(code.Groups["code"].Value, (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/payments/{paymentId}")).GetProperty("providerReference").GetString());
        Assert.Contains("enctype=\"multipart/form-data\"", instructions);
        Assert.Contains("name=\"amount\" inputmode=\"decimal\" size=\"12\" value=\"400.00\"", instructions);

        var action = $"{page}/remittance";
        var noReference = await SubmitWithFilesAsync(browser, page, action, [("reference", " "), ("amount", "400.00"), ("paidOn", Today())], [("slip", "slip.png", "image/png", Png)]);
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        var noReferenceHtml = await noReference.Content.ReadAsStringAsync();
        Assert.Contains("id=\"reference-error\" class=\"field-error\">Give the bank", noReferenceHtml);
        Assert.Contains($"value=\"{Today()}\"", noReferenceHtml);
        Assert.DoesNotContain("class=\"form-error\" role=\"alert\"", noReferenceHtml);
        var noSlip = await SubmitWithFilesAsync(browser, page, action, [("reference", $"TX-{Run}"), ("amount", "400.00"), ("paidOn", Today())], []);
        Assert.Contains("id=\"slip-error\" class=\"field-error\">Attach the bank slip", await noSlip.Content.ReadAsStringAsync());

        // Another company neither sees the payment nor remits for it.
        await host.CompanyAsync(Tenant, $"tp-stranger-{Run}@plant.cn");
        var stranger = await SignedInAsync(host, Tenant, $"tp-stranger-{Run}@plant.cn", CompanyBuyers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
        var foreign = await SubmitWithFilesAsync(stranger, $"/{Tenant}/account", action, [("reference", "TX"), ("amount", "400.00"), ("paidOn", Today())], [("slip", "slip.png", "image/png", Png)]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var remitted = await SubmitWithFilesAsync(browser, page, action, [("reference", $"TX-{Run}"), ("amount", "400.00"), ("paidOn", Today())], [("slip", "回单.png", "image/png", Png)]);
        Assert.Equal(HttpStatusCode.Redirect, remitted.StatusCode);
        var waiting = await browser.GetStringAsync(remitted.Headers.Location!.OriginalString);
        Assert.Contains("等待平台确认", waiting);
        Assert.Contains("<span class=\"badge remittance-state\">审核中</span>", waiting);
        Assert.DoesNotContain("class=\"remittance-form\"", waiting);
        var slip = SlipLink().Match(waiting);
        Assert.True(slip.Success, "the remittance links to its slip");
        var slipFile = await browser.GetAsync(slip.Groups["href"].Value);
        Assert.Equal("image/png", slipFile.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await slipFile.Content.ReadAsByteArrayAsync());

        var admin = await SignedInAsync(host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var desk = $"/{Tenant}/admin/payments/transfers";
        var row = PaymentRow(paymentId).Match(await admin.GetStringAsync(desk));
        Assert.True(row.Success, "the transfer waits on the desk");
        Assert.Contains($"TX-{Run}", row.Value);
        Assert.Contains(code.Groups["code"].Value, row.Value);
        Assert.Contains($"href=\"/{Tenant}/api/admin/payments/{paymentId}/remittances/", row.Value);
        Assert.Contains("value=\"400.00\"", row.Value);

        var confirm = $"{desk}/{paymentId}/confirm";
        var unreadable = await SubmitAsync(admin, desk, confirm, new() { ["receivedAmount"] = "four hundred", ["bankReference"] = $"CMB-{Run}" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var unreadableHtml = await unreadable.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"received-{paymentId}-error\" class=\"field-error\">Write the amount as on the bank statement", unreadableHtml);
        Assert.Contains("value=\"four hundred\"", unreadableHtml);
        var noBankReference = await SubmitAsync(admin, desk, confirm, new() { ["receivedAmount"] = "400.00", ["bankReference"] = "" });
        Assert.Contains($"id=\"confirm-ref-{paymentId}-error\" class=\"field-error\">Give the bank statement", await noBankReference.Content.ReadAsStringAsync());

        var confirmed = await SubmitAsync(admin, desk, confirm, new() { ["receivedAmount"] = "400.00", ["bankReference"] = $"CMB-{Run}" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = await admin.GetStringAsync(confirmed.Headers.Location!.OriginalString);
        Assert.Contains("转账已确认。", after);
        Assert.DoesNotMatch(PaymentRow(paymentId), after);
        foreach (var order in orders) Assert.Equal("Paid", await buyer.OrderStateAsync(Tenant, order));

        // The desk has no form left for it: the token comes from another admin page, as a second tab would still hold one.
        var twice = await SubmitAsync(admin, $"/{Tenant}/admin/payments/settings", confirm, new() { ["receivedAmount"] = "400.00", ["bankReference"] = $"CMB-{Run}" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("class=\"error\" role=\"alert\">The payment was received in full already", await twice.Content.ReadAsStringAsync());

        var receipt = await browser.GetStringAsync(page);
        Assert.Contains("payment-state state-succeeded", receipt);
        Assert.Contains("<span class=\"badge remittance-state\">平台已确认</span>", receipt);
        Assert.DoesNotContain("class=\"remittance-form\"", receipt);
        await (await host.AdminAsync(Tenant)).BalancedBooksAsync(Tenant);
    }

    [Fact]
    public async Task A_slip_rejected_on_the_desk_shows_its_reason_on_the_payment_page_and_the_buyer_remits_again()
    {
        var email = $"tp-reject-{Run}@plant.cn";
        var (buyer, address) = await host.CompanyAsync(Tenant, email);
        await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"TP-R-{Run}", stock: 50, tiers: (1, 100m)), 1).OkAsync();
        var (checkout, _) = await buyer.CheckoutByAsync(Tenant, address, "bank-transfer");
        var payment = await buyer.StartPaymentAsync($"/{Tenant}/api/payments", new { checkoutId = checkout, method = "bank-transfer" });
        var id = payment.GetProperty("id").GetGuid();
        await buyer.RemitAsync($"/{Tenant}/api/payments/{id}/remittance", $"TX-{Run}-R", "100.00", Today(), Png).OkAsync();

        var admin = await SignedInAsync(host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var desk = $"/{Tenant}/admin/payments/transfers";
        var noReason = await SubmitAsync(admin, desk, $"{desk}/{id}/reject", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains($"id=\"reason-{id}-error\" class=\"field-error\">Say why the slip is rejected", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, desk, $"{desk}/{id}/reject", new() { ["reason"] = "流水号与回单不符" })).StatusCode);

        var browser = await SignedInAsync(host, Tenant, email, CompanyBuyers.Password);
        var page = await browser.GetStringAsync($"/{Tenant}/pay/{id}");
        Assert.Contains("平台未通过您的汇款回单： 流水号与回单不符", page);
        Assert.Contains("<span class=\"badge remittance-state\">回单未通过</span> <span class=\"rejection-reason\">流水号与回单不符</span>", page);
        Assert.Contains("class=\"remittance-form\"", page);
    }

    [Fact]
    public async Task Only_operators_open_the_transfer_and_credit_desks_and_only_payment_managers_act_on_them()
    {
        var (buyer, _) = await host.CompanyAsync(Tenant, $"tp-nosy-{Run}@plant.cn");
        var merchant = await host.MerchantAsync(Tenant, OrderMarketplace.ToolsOwner);
        foreach (var page in new[] { "/transfers", "/credit" }.Select(p => $"/{Tenant}/admin/payments{p}"))
        {
            foreach (var outsider in new[] { buyer, merchant }) Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(page)).StatusCode);
            Assert.Contains("/account/login", (await host.Anonymous().GetAsync(page)).RequestMessage!.RequestUri!.ToString());
        }
        var nosy = await SignedInAsync(host, Tenant, $"tp-nosy-{Run}@plant.cn", CompanyBuyers.Password);
        var companyId = await buyer.CompanyIdAsync(Tenant);
        foreach (var (action, fields) in new (string, Dictionary<string, string>)[]
        {
            ($"/transfers/{Guid.CreateVersion7()}/confirm", new() { ["receivedAmount"] = "1", ["bankReference"] = "X" }),
            ($"/transfers/refunds/{Guid.CreateVersion7()}/sent", new() { ["reference"] = "X" }),
            ("/credit", new() { ["companyId"] = companyId.ToString(), ["limit"] = "1000", ["netDays"] = "30" }),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await SubmitAsync(nosy, $"/{Tenant}/account", $"/{Tenant}/admin/payments{action}", fields)).StatusCode);
        }
        await ProblemAssert.IsProblemAsync(await buyer.GetAsync($"/{Tenant}/api/company/credit"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_operator_gives_a_verified_company_credit_on_its_page_and_the_buyer_reads_its_credit_invoices_and_statement()
    {
        var email = $"tp-credit-{Run}@plant.cn";
        var (buyer, address) = await host.CompanyAsync(Tenant, email);
        var companyId = await buyer.CompanyIdAsync(Tenant);
        var name = $"买方 {email}";
        var api = await host.AdminAsync(Tenant);
        var admin = await SignedInAsync(host, Tenant, "admin@example.com", SaaSHost.AdminPassword);
        var page = $"/{Tenant}/admin/payments/credit";
        Assert.DoesNotContain(name, await admin.GetStringAsync(page));
        await api.PostAsync($"/{Tenant}/api/admin/companies/{companyId}/verify", null).OkAsync();
        Assert.Contains($"<option value=\"{companyId}\">{name}</option>", await admin.GetStringAsync(page));

        var unreadable = await SubmitAsync(admin, page, page, new() { ["companyId"] = companyId.ToString(), ["limit"] = "lots", ["netDays"] = "400" });
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        var unreadableHtml = await unreadable.Content.ReadAsStringAsync();
        Assert.Contains("id=\"limit-error\" class=\"field-error\">Write the limit as a number", unreadableHtml);
        Assert.Contains($"<option value=\"{companyId}\" selected>", unreadableHtml);
        var tooLong = await SubmitAsync(admin, page, page, new() { ["companyId"] = companyId.ToString(), ["limit"] = "800", ["netDays"] = "400" });
        Assert.Contains("id=\"netDays-error\" class=\"field-error\">Invoices fall due 0 to 365 days", await tooLong.Content.ReadAsStringAsync());

        var saved = await SubmitAsync(admin, page, page, new() { ["companyId"] = companyId.ToString(), ["limit"] = "800", ["netDays"] = "30" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var listed = CompanyRow(companyId).Match(await admin.GetStringAsync(saved.Headers.Location!.OriginalString));
        Assert.True(listed.Success, "the company's account is listed");
        Assert.Contains("<td class=\"amount credit-limit\">¥800.00</td><td class=\"credit-net-days\">30</td>", listed.Value);

        await buyer.AddAsync(Tenant, await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"TP-C-{Run}", stock: 50, tiers: (1, 100m)), 3).OkAsync();
        var (checkout, orders) = await buyer.CheckoutByAsync(Tenant, address, "credit-terms");
        var invoice = (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/company/credit")).GetProperty("invoices")[0].GetProperty("number").GetString()!;
        var browser = await SignedInAsync(host, Tenant, email, CompanyBuyers.Password);
        var selection = await browser.GetStringAsync($"/{Tenant}/pay/checkout/{checkout}");
        Assert.Contains("下单时已从授信额度中支付", selection);
        Assert.Contains($"<tr data-invoice=\"{invoice}\">", selection);
        Assert.Contains(Today(30), selection);
        Assert.DoesNotContain("name=\"method\"", selection);

        var credit = await browser.GetStringAsync($"/{Tenant}/account/credit");
        Assert.Contains("<dd class=\"money credit-limit\">¥800.00</dd>", credit);
        Assert.Contains("<dd class=\"money credit-outstanding\">¥300.00</dd>", credit);
        Assert.Contains("<dd class=\"money credit-available\">¥500.00</dd>", credit);
        Assert.Contains($"<tr data-invoice=\"{invoice}\">", credit);
        Assert.Contains($"href=\"/{Tenant}/orders/{orders[0]}\"", credit);
        Assert.Contains("class=\"money statement-closing\"><strong>¥300.00</strong>", credit);
        Assert.Contains($"href=\"/{Tenant}/account/credit\"", await browser.GetStringAsync($"/{Tenant}/account"));

        var repay = $"{page}/{companyId}/repayments";
        var tooMuch = await SubmitAsync(admin, page, repay, new() { ["amount"] = "300.01", ["bankReference"] = $"REPAY-{Run}" });
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Contains($"id=\"repay-{companyId}-error\" class=\"field-error\">The company owes 300.00", await tooMuch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(admin, page, repay, new() { ["amount"] = "120", ["bankReference"] = $"REPAY-{Run}" })).StatusCode);
        var statement = await admin.GetStringAsync($"{page}/{companyId}/statements/{Today()[..7]}");
        Assert.Contains($"{invoice} · 到期日 {Today(30)}", statement);
        Assert.Contains($"还款 REPAY-{Run}", statement);
        Assert.Contains("class=\"amount statement-closing\">¥180.00</td>", statement);
        Assert.Contains("<dd class=\"money credit-outstanding\">¥180.00</dd>", await browser.GetStringAsync($"/{Tenant}/account/credit"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{Tenant}/account/credit?month=2026-13")).StatusCode);
    }

    [GeneratedRegex(@"<code class=""reference-code"">(?<code>BT[A-Z2-9]{8})</code>")]
    private static partial Regex ReferenceCode();

    [GeneratedRegex(@"<a href=""(?<href>/[^""]+/api/payments/[0-9a-f-]{36}/remittances/[0-9a-f-]{36}/slip)""")]
    private static partial Regex SlipLink();

    private static Regex PaymentRow(Guid id) => new($@"(?s)<tr data-payment=""{id}""(?:(?!</tr>).)*</tr>");

    private static Regex CompanyRow(Guid id) => new($@"(?s)<tr data-company=""{id}"">(?:(?!</tr>).)*</tr>");
}
