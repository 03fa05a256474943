using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>
/// The buyer's order pages driven as a browser drives them (cookies, forms, antiforgery tokens): the product page's
/// add-to-cart form, the cart, checkout, orders, one order and the approvers' queue; refusals come back at their field
/// with the problem's status, and another company's order is not there.
/// </summary>
public sealed partial class OrderPageTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "order-pages";
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", Tenant))) return;
        await host.LaunchOrdersAsync(Tenant);
        // The order pages on their own: with Payments on, a placed checkout goes to its payment page (PaymentPageTests).
        var admin = await host.AdminAsync(Tenant);
        var disabled = await admin.PostAsync($"/{Tenant}/api/admin/features/Payments/disable", null);
        Assert.True(disabled.IsSuccessStatusCode, await disabled.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signed_out_visitors_sign_in_first_and_buyers_without_a_company_register_one()
    {
        var visitor = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var cart = await visitor.GetAsync($"/{Tenant}/orders?state=Shipped");
        Assert.Equal(HttpStatusCode.Redirect, cart.StatusCode);
        Assert.Equal($"/{Tenant}/account/login?returnUrl=%2Forders%3Fstate%3DShipped", cart.Headers.Location!.OriginalString);

        await host.BuyerAsync(Tenant, $"nocompany-{Run}@plant.cn");
        var loner = await BrowserAsync($"nocompany-{Run}@plant.cn");
        var away = await loner.GetAsync($"/{Tenant}/cart");
        Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
        Assert.Equal($"/{Tenant}/company", away.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_product_page_adds_to_the_cart_whose_page_prices_by_tier_and_refuses_bad_quantities_at_the_line()
    {
        var boltCode = $"PG-BOLT-{Run}";
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, boltCode, stock: 500, moq: 10, multiple: 10, (10, 2.00m), (100, 1.50m));
        await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"PG-WR-{Run}", stock: 5, tiers: (1, 88.00m));
        await host.CompanyAsync(Tenant, $"pages-cart-{Run}@plant.cn");
        var browser = await BrowserAsync($"pages-cart-{Run}@plant.cn");

        var productPath = $"/p/{await SlugAsync(OrderMarketplace.FastenersOwner, boltCode)}";
        var productPage = $"/{Tenant}{productPath}";
        var product = await browser.GetStringAsync(productPage);
        Assert.Matches($@"<li data-sku=""{boltCode}"">\s*<form method=""post"" action=""/{Tenant}/cart/items""", product);
        Assert.Matches($@"id=""quantity-{bolt}"" name=""quantity"" type=""number"" inputmode=""numeric"" min=""10"" step=""10"" value=""10""", product);
        Assert.Contains($"href=\"/{Tenant}/cart\">购物车</a>", product);
        var visitor = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Contains($"name=\"returnUrl\" value=\"{productPath}\"", product);
        // A visitor signs in first and comes back to the product.
        var signInFirst = await SubmitAsync(visitor, productPage, $"/{Tenant}/cart/items", new() { ["skuId"] = bolt.ToString(), ["quantity"] = "10", ["returnUrl"] = productPath });
        Assert.Equal($"/{Tenant}/account/login?returnUrl={Uri.EscapeDataString(productPath)}", signInFirst.Headers.Location!.OriginalString);

        var belowMoq = await SubmitAsync(browser, productPage, $"/{Tenant}/cart/items", new() { ["skuId"] = bolt.ToString(), ["quantity"] = "5", ["returnUrl"] = productPath });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, belowMoq.StatusCode);
        Assert.Matches(@"class=""form-error"" role=""alert"">The minimum order of PG-BOLT-\w+ is 10 piece", await belowMoq.Content.ReadAsStringAsync());

        var added = await SubmitAsync(browser, productPage, $"/{Tenant}/cart/items", new() { ["skuId"] = bolt.ToString(), ["quantity"] = "50" });
        Assert.Equal($"/{Tenant}/cart?notice=added", added.Headers.Location!.OriginalString);
        var quick = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/quick", new() { ["lines"] = $"PG-WR-{Run}, 2" });
        Assert.Equal($"/{Tenant}/cart?notice=quick-added", quick.Headers.Location!.OriginalString);

        var cart = await browser.GetStringAsync($"/{Tenant}/cart?notice=added");
        Assert.Contains("商品已加入购物车。", cart);
        Assert.Matches("/cart\"[^<]*<span class=\"count\">2</span>", cart);
        Assert.Matches($@"(?s)<tr data-line=""{boltCode}"">.*?¥2\.00 / 件.*?¥100\.00", cart);
        Assert.Matches(@"(?s)data-merchant=""[^""]+"">.*?商家合计 <strong class=""money"">¥100\.00</strong>", cart);
        Assert.Contains("合计 <strong class=\"price\">¥276.00</strong>", cart);
        var lineId = LineId(cart, boltCode);

        var offPack = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{lineId}", new() { ["quantity"] = "105" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, offPack.StatusCode);
        var offPackHtml = await offPack.Content.ReadAsStringAsync();
        Assert.Matches($@"id=""line-error-{lineId}"" class=""field-error"">PG-BOLT-\w+ is sold in multiples of 10", offPackHtml);
        Assert.Contains("value=\"105\"", offPackHtml);

        var tier = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{lineId}", new() { ["quantity"] = "100" });
        Assert.Equal($"/{Tenant}/cart?notice=updated", tier.Headers.Location!.OriginalString);
        Assert.Matches($@"(?s)<tr data-line=""{boltCode}"">.*?¥1\.50 / 件.*?¥150\.00", await browser.GetStringAsync($"/{Tenant}/cart"));

        var wrenchLine = LineId(await browser.GetStringAsync($"/{Tenant}/cart"), $"PG-WR-{Run}");
        var tooMany = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{wrenchLine}", new() { ["quantity"] = "6" });
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Matches($@"id=""line-error-{wrenchLine}"" class=""field-error"">Only 5 piece", await tooMany.Content.ReadAsStringAsync());

        // Saved for later: out of the merchant groups and the total, back in on request.
        await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{wrenchLine}/save-for-later", []);
        var saved = await browser.GetStringAsync($"/{Tenant}/cart");
        Assert.Matches($@"(?s)<section class=""saved-for-later"">.*data-line=""PG-WR-{Run}""", saved);
        Assert.Contains("合计 <strong class=\"price\">¥150.00</strong>", saved);
        Assert.Matches("/cart\"[^<]*<span class=\"count\">1</span>", saved);
        await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{wrenchLine}/move-to-cart", []);
        Assert.Contains("合计 <strong class=\"price\">¥326.00</strong>", await browser.GetStringAsync($"/{Tenant}/cart"));

        // Quick order: each refused pasted line is named by its line, the text stays, nothing is added.
        var pasted = $"PG-WR-{Run}, 1\nNO-SUCH-{Run}, 3";
        var badQuick = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/quick", new() { ["lines"] = pasted });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badQuick.StatusCode);
        var badQuickHtml = await badQuick.Content.ReadAsStringAsync();
        Assert.Contains($"<li>行 2: No SKU on sale has the code NO-SUCH-{Run}.</li>", badQuickHtml);
        Assert.Contains($">{pasted.Replace("\n", "&#xA;")}</textarea>", badQuickHtml);

        await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/cart/items/{wrenchLine}/remove", []);
        Assert.DoesNotContain($"data-line=\"PG-WR-{Run}\"", await browser.GetStringAsync($"/{Tenant}/cart"));
    }

    [Fact]
    public async Task Checkout_refuses_at_its_fields_then_places_one_order_per_merchant_whose_page_the_buyer_follows()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"PC-BOLT-{Run}", stock: 100, tiers: (1, 3.00m));
        var wrench = await host.SkuAsync(Tenant, OrderMarketplace.ToolsOwner, $"PC-WR-{Run}", stock: 10, tiers: (1, 50.00m));
        var (api, _) = await host.CompanyAsync(Tenant, $"pages-checkout-{Run}@plant.cn");
        await api.AddAsync(Tenant, bolt, 40);
        await api.AddAsync(Tenant, wrench, 4);
        var browser = await BrowserAsync($"pages-checkout-{Run}@plant.cn");

        var form = await browser.GetStringAsync($"/{Tenant}/checkout");
        var addressId = Regex.Match(form, @"name=""addressId"" value=""(?<id>[0-9a-f-]{36})"" checked").Groups["id"].Value;
        Assert.NotEmpty(addressId);
        Assert.Contains("总仓", form);
        Assert.Contains($"href=\"/{Tenant}/company/addresses\"", form);

        var refused = await SubmitAsync(browser, $"/{Tenant}/checkout", $"/{Tenant}/checkout", new()
        {
            ["addressId"] = addressId, ["invoiceType"] = "vat-special", ["invoiceTitleId"] = "", ["paymentMethod"] = "bank-transfer",
            ["poNumber"] = "PO-7788", ["requestedDeliveryDate"] = "2020-01-01", ["note"] = "",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""invoiceTitleId-error"" class=""field-error"">A VAT special invoice needs", refusedHtml);
        Assert.Matches(@"id=""requestedDeliveryDate-error"" class=""field-error"">The requested delivery date is today or later", refusedHtml);
        Assert.Contains("value=\"PO-7788\"", refusedHtml);
        Assert.Contains("value=\"vat-special\" checked", refusedHtml);

        var placed = await SubmitAsync(browser, $"/{Tenant}/checkout", $"/{Tenant}/checkout", new()
        {
            ["addressId"] = addressId, ["invoiceType"] = "ordinary", ["paymentMethod"] = "bank-transfer", ["poNumber"] = "PO-7788", ["note"] = "请送到二号门",
        });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var result = placed.Headers.Location!.OriginalString;
        Assert.Matches($@"^/{Tenant}/orders\?checkout=[0-9a-f-]{{36}}&notice=placed$", result);
        var list = await browser.GetStringAsync(result);
        Assert.Contains("下单成功：每个商家各一张订单。", list);
        var rows = OrderRow().Matches(list);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains(">待付款</span>", r.Value));
        Assert.Contains(rows, r => r.Value.Contains("¥120.00"));
        Assert.Contains(rows, r => r.Value.Contains("¥200.00"));
        // The cart emptied: its header link shows no count (the messages bell may).
        Assert.DoesNotMatch("/cart\"[^<]*<span class=\"count\">", list);

        var boltOrder = rows.Single(r => r.Value.Contains("¥120.00")).Groups["id"].Value;
        var detail = await browser.GetStringAsync($"/{Tenant}/orders/{boltOrder}");
        Assert.Contains($"<tr data-line=\"PC-BOLT-{Run}\">", detail);
        Assert.Contains("<dd class=\"po-number\">PO-7788</dd>", detail);
        Assert.Contains("请送到二号门", detail);
        Assert.Contains("张工 · 13800001111<br>江苏省苏州市 工业园区星湖街1号", detail);
        Assert.Contains("<strong>提交订单</strong>", detail);

        var tooLong = await SubmitAsync(browser, $"/{Tenant}/orders/{boltOrder}", $"/{Tenant}/orders/{boltOrder}/cancel", new() { ["reason"] = new string('x', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Matches(@"id=""cancel-reason-error"" class=""field-error"">A reason has at most 1000 characters", await tooLong.Content.ReadAsStringAsync());
        var cancelled = await SubmitAsync(browser, $"/{Tenant}/orders/{boltOrder}", $"/{Tenant}/orders/{boltOrder}/cancel", new() { ["reason"] = "买重了" });
        Assert.Equal($"/{Tenant}/orders/{boltOrder}?notice=cancelled", cancelled.Headers.Location!.OriginalString);
        var after = await browser.GetStringAsync($"/{Tenant}/orders/{boltOrder}?notice=cancelled");
        Assert.Contains(">已取消</span>", after);
        Assert.Contains("买重了", after);
        Assert.DoesNotContain("/cancel\"", after);

        // A second cancel, from a page left open before the first, is refused with the state it is in, above the page.
        var again = await SubmitAsync(browser, $"/{Tenant}/cart", $"/{Tenant}/orders/{boltOrder}/cancel", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Matches(@"class=""form-error"" role=""alert"">The order is Cancelled", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_order_page_shows_shipments_and_lets_the_buyer_confirm_receipt_and_complete()
    {
        var (_, id, lineId, fasteners) = await PaidOrderAsync($"PS-BOLT-{Run}", 2.00m, 30, $"pages-ship-{Run}@plant.cn");
        var browser = await BrowserAsync($"pages-ship-{Run}@plant.cn");

        var part = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", new { carrier = "顺丰", trackingNumber = $"SF{Run}1", items = new[] { new { lineId, quantity = 10 } } });
        Assert.True(part.IsSuccessStatusCode, await part.Content.ReadAsStringAsync());
        var partly = await browser.GetStringAsync($"/{Tenant}/orders/{id}");
        Assert.Contains(">部分发货</span>", partly);
        Assert.Matches($@"(?s)data-tracking=""SF{Run}1"">.*?顺丰.*?× 10 件", partly);
        Assert.Contains("<td data-label=\"已发数量\" class=\"shipped\">10</td>", partly);
        Assert.DoesNotContain("/receive\"", partly);
        // The merchant's steps are the merchant's: its staff's e-mail stays with the merchant.
        Assert.Contains("<strong>包裹已发出</strong> · 杭州紧固件供应链有限公司", partly);
        Assert.DoesNotContain(OrderMarketplace.FastenersOwner, partly);

        await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", new { carrier = "中通", trackingNumber = $"ZT{Run}2", items = new[] { new { lineId, quantity = 20 } } });
        var shipped = await browser.GetStringAsync($"/{Tenant}/orders/{id}");
        Assert.Contains("<strong>最后一个包裹已发出，全部发货</strong>", shipped);
        Assert.DoesNotContain("/cancel\"", shipped);

        var received = await SubmitAsync(browser, $"/{Tenant}/orders/{id}", $"/{Tenant}/orders/{id}/receive", []);
        Assert.Equal($"/{Tenant}/orders/{id}?notice=received", received.Headers.Location!.OriginalString);
        var completed = await SubmitAsync(browser, $"/{Tenant}/orders/{id}", $"/{Tenant}/orders/{id}/complete", []);
        Assert.Equal($"/{Tenant}/orders/{id}?notice=completed", completed.Headers.Location!.OriginalString);
        var done = await browser.GetStringAsync($"/{Tenant}/orders?state=Completed");
        Assert.Contains($"data-order=\"{id}\"", done);
        Assert.Matches(@"<a href=""/order-pages/orders\?state=Completed"" aria-current=""page"">已完成</a>", done);
        Assert.DoesNotContain($"data-order=\"{id}\"", await browser.GetStringAsync($"/{Tenant}/orders?state=Shipped"));
    }

    [Fact]
    public async Task Another_companys_order_page_is_not_found_and_its_forms_refused_alike()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"PW-BOLT-{Run}", stock: 10, tiers: (1, 1.00m));
        var (owner, address) = await host.CompanyAsync(Tenant, $"pages-wall-{Run}@plant.cn");
        await owner.AddAsync(Tenant, bolt, 2);
        var id = (await (await owner.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();

        await host.CompanyAsync(Tenant, $"pages-stranger-{Run}@plant.cn");
        var stranger = await BrowserAsync($"pages-stranger-{Run}@plant.cn");
        var page = await stranger.GetAsync($"/{Tenant}/orders/{id}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain($"PW-BOLT-{Run}", await page.Content.ReadAsStringAsync());
        foreach (var action in new[] { "cancel", "approve", "reject", "receive", "complete" })
        {
            var post = await SubmitAsync(stranger, $"/{Tenant}/cart", $"/{Tenant}/orders/{id}/{action}", new() { ["reason"] = "x" });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.DoesNotContain($"data-order=\"{id}\"", await stranger.GetStringAsync($"/{Tenant}/orders"));
        Assert.Equal("PendingPayment", (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{id}")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Approvers_decide_from_their_queue_but_not_on_their_own_orders()
    {
        var bolt = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, $"PA-BOLT-{Run}", stock: 500, tiers: (1, 10.00m));
        var (admin, address) = await host.CompanyAsync(Tenant, $"pages-admin-{Run}@plant.cn");
        var companyId = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine")).GetProperty("id").GetString();
        foreach (var (email, role) in new[] { ($"pages-approver-{Run}@plant.cn", "Approver"), ($"pages-second-{Run}@plant.cn", "Approver"), ($"pages-buyer-{Run}@plant.cn", "Purchaser") })
        {
            var invited = await admin.PostAsJsonAsync($"/{Tenant}/api/companies/{companyId}/members", new { email, role });
            Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
            await host.AcceptInvitationAsync(Tenant, email, CompanyBuyers.Password);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/{Tenant}/api/company/order-rules", new { approvalThreshold = 500m })).StatusCode);
        var approver = await BrowserAsync($"pages-approver-{Run}@plant.cn");
        var second = await BrowserAsync($"pages-second-{Run}@plant.cn");
        var purchaser = await BrowserAsync($"pages-buyer-{Run}@plant.cn");

        await SubmitAsync(approver, $"/{Tenant}/cart", $"/{Tenant}/cart/quick", new() { ["lines"] = $"PA-BOLT-{Run}, 60" });
        var placed = await SubmitAsync(approver, $"/{Tenant}/checkout", $"/{Tenant}/checkout", new() { ["addressId"] = address, ["invoiceType"] = "ordinary", ["paymentMethod"] = "credit-terms" });
        var list = await approver.GetStringAsync(placed.Headers.Location!.OriginalString);
        var id = OrderRow().Match(list).Groups["id"].Value;
        Assert.Contains(">待审批</span>", list);

        Assert.Contains("仅由具有审批人角色的成员审批", await purchaser.GetStringAsync($"/{Tenant}/orders/approvals"));
        Assert.DoesNotContain($"data-order=\"{id}\"", await purchaser.GetStringAsync($"/{Tenant}/orders/approvals"));
        Assert.DoesNotContain("/approve\"", await purchaser.GetStringAsync($"/{Tenant}/orders/{id}"));

        var queue = await approver.GetStringAsync($"/{Tenant}/orders/approvals");
        Assert.Matches($@"(?s)<article class=""approval"" data-order=""{id}"">.*?<span class=""placed-by"">pages-approver-{Run}@plant.cn</span>.*?PA-BOLT-{Run}", queue);
        var own = await SubmitAsync(approver, $"/{Tenant}/orders/approvals", $"/{Tenant}/orders/{id}/approve", new() { ["from"] = "approvals" });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        var ownHtml = await own.Content.ReadAsStringAsync();
        Assert.Matches($@"(?s)data-order=""{id}"">.*?class=""form-error"" role=""alert"">You placed this order", ownHtml);
        Assert.Single(Regex.Matches(ownHtml, "You placed this order"));

        var noReason = await SubmitAsync(second, $"/{Tenant}/orders/approvals", $"/{Tenant}/orders/{id}/reject", new() { ["from"] = "approvals", ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Matches($@"(?s)data-order=""{id}"">.*?class=""form-error"" role=""alert"">Say why", await noReason.Content.ReadAsStringAsync());

        var approved = await SubmitAsync(second, $"/{Tenant}/orders/approvals", $"/{Tenant}/orders/{id}/approve", new() { ["from"] = "approvals" });
        Assert.Equal($"/{Tenant}/orders/approvals?notice=approved", approved.Headers.Location!.OriginalString);
        var emptied = await second.GetStringAsync($"/{Tenant}/orders/approvals?notice=approved");
        Assert.Contains("订单已批准。", emptied);
        Assert.DoesNotContain($"data-order=\"{id}\"", emptied);
        var approvedPage = await approver.GetStringAsync($"/{Tenant}/orders/{id}");
        Assert.Contains(">待付款</span>", approvedPage);
        Assert.Contains($"<strong>采购企业审批通过</strong> · pages-second-{Run}@plant.cn", approvedPage);
    }

    [Fact]
    public async Task A_delivered_order_takes_a_return_with_photos_refused_at_its_fields_first_then_the_buyer_sends_the_goods_back_and_orders_again()
    {
        var (api, id, lineId, fasteners) = await PaidOrderAsync($"PR-BOLT-{Run}", 4.00m, 20, $"pages-return-{Run}@plant.cn");
        await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/orders/{id}/shipments", new { carrier = "SF", trackingNumber = $"SF{Run}R", items = new[] { new { lineId, quantity = 20 } } });
        var browser = await BrowserAsync($"pages-return-{Run}@plant.cn");
        var orderPage = $"/{Tenant}/orders/{id}";

        var shipped = await browser.GetStringAsync(orderPage);
        Assert.Contains("value=\"refund\" checked", shipped);
        Assert.DoesNotContain("value=\"return\"", shipped);
        await SubmitAsync(browser, orderPage, $"{orderPage}/receive", []);
        var delivered = await browser.GetStringAsync(orderPage);
        Assert.Contains("value=\"return\" checked", delivered);
        Assert.Contains($"name=\"quantity.{lineId}\" type=\"number\" inputmode=\"numeric\" min=\"0\" max=\"20\"", delivered);

        // No reason: refused at the reason; the photo uploaded with it stays attached to the form.
        var noReason = await SubmitWithFilesAsync(browser, orderPage, $"{orderPage}/after-sales",
            [("kind", "return"), ("reason", ""), ($"quantity.{lineId}", "5")], [("photos", "thread.png", "image/png", Png)]);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""after-sales-reason-error"" class=""field-error"">Say what is wrong", noReasonHtml);
        Assert.Contains("<details class=\"after-sales-form\" open>", noReasonHtml);
        var photoId = Regex.Match(noReasonHtml, @"name=""photoIds"" value=""(?<id>[0-9a-f-]{36})""").Groups["id"].Value;
        Assert.NotEmpty(photoId);
        Assert.Contains($"value=\"5\"", noReasonHtml);

        var tooMany = await SubmitWithFilesAsync(browser, orderPage, $"{orderPage}/after-sales",
            [("kind", "return"), ("reason", "螺纹损坏"), ($"quantity.{lineId}", "21"), ("photoIds", photoId)], []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var tooManyHtml = await tooMany.Content.ReadAsStringAsync();
        Assert.Matches($@"id=""claim-{lineId}-error"" class=""field-error"">PR-BOLT-\w+: 20 piece shipped and not yet claimed", tooManyHtml);
        Assert.Contains($"name=\"photoIds\" value=\"{photoId}\"", tooManyHtml);
        Assert.Contains(">螺纹损坏</textarea>", tooManyHtml);

        var filed = await SubmitWithFilesAsync(browser, orderPage, $"{orderPage}/after-sales",
            [("kind", "return"), ("reason", "螺纹损坏"), ($"quantity.{lineId}", "5"), ("photoIds", photoId)], []);
        Assert.Equal($"{orderPage}?notice=after-sales-requested", filed.Headers.Location!.OriginalString);
        var requested = await browser.GetStringAsync(orderPage);
        Assert.Matches(@"(?s)<article class=""after-sales"" data-after-sales=""AS\d{8}-\w{6}"">.*?退货退款.*?>待商家处理</span>.*?螺纹损坏.*?× 5 件.*?¥20\.00", requested);
        Assert.Contains($"<img src=\"/{Tenant}/api/orders/{id}/after-sales/photos/{photoId}\"", requested);
        Assert.Contains("<strong>发起售后</strong>", requested);
        Assert.Contains($"max=\"15\"", requested);
        var photo = await browser.GetAsync($"/{Tenant}/api/orders/{id}/after-sales/photos/{photoId}");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);

        var requestId = (await api.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/orders/{id}")).GetProperty("afterSales")[0].GetProperty("id").GetString();
        var accepted = await fasteners.PostAsJsonAsync($"/{Tenant}/api/merchant/after-sales/{requestId}/accept", new { });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        var awaiting = await browser.GetStringAsync(orderPage);
        Assert.Contains(">待寄回商品</span>", awaiting);
        Assert.Contains($"/after-sales/{requestId}/return-shipment\"", awaiting);

        var noTracking = await SubmitAsync(browser, orderPage, $"{orderPage}/after-sales/{requestId}/return-shipment", new() { ["carrier"] = "德邦", ["trackingNumber"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noTracking.StatusCode);
        var noTrackingHtml = await noTracking.Content.ReadAsStringAsync();
        Assert.Matches($@"id=""tracking-{requestId}-error"" class=""field-error"">Give the tracking number", noTrackingHtml);
        Assert.Contains("value=\"德邦\"", noTrackingHtml);
        var sentBack = await SubmitAsync(browser, orderPage, $"{orderPage}/after-sales/{requestId}/return-shipment", new() { ["carrier"] = "德邦", ["trackingNumber"] = $"DB{Run}" });
        Assert.Equal($"{orderPage}?notice=sent-back", sentBack.Headers.Location!.OriginalString);
        var onTheWay = await browser.GetStringAsync(orderPage);
        Assert.Contains(">退货寄回中</span>", onTheWay);
        Assert.Contains($"<dd>德邦 DB{Run}</dd>", onTheWay);
        Assert.DoesNotContain($"/after-sales/{requestId}/cancel\"", onTheWay);

        var reordered = await SubmitAsync(browser, orderPage, $"{orderPage}/reorder", []);
        Assert.Equal($"/{Tenant}/cart?notice=reordered", reordered.Headers.Location!.OriginalString);
        var cart = await browser.GetStringAsync($"/{Tenant}/cart?notice=reordered");
        Assert.Contains("订单商品已按当前价格加入购物车。", cart);
        Assert.Matches($@"(?s)<tr data-line=""PR-BOLT-{Run}"">.*?value=""20""", cart);
    }

    /// <summary>
    /// A new company's paid order of one fasteners SKU: the company's API client, the order, its line and the
    /// merchant's client, for tests that start where the merchant ships.
    /// </summary>
    private async Task<(HttpClient Api, Guid Order, string LineId, HttpClient Merchant)> PaidOrderAsync(string code, decimal price, int quantity, string buyerEmail)
    {
        var sku = await host.SkuAsync(Tenant, OrderMarketplace.FastenersOwner, code, stock: 100, tiers: (1, price));
        var (api, address) = await host.CompanyAsync(Tenant, buyerEmail);
        await api.AddAsync(Tenant, sku, quantity);
        var id = (await (await api.CheckoutAsync(Tenant, address)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders")[0].GetProperty("id").GetGuid();
        await host.PayAsync(Tenant, id);
        var merchant = await host.MerchantAsync(Tenant, OrderMarketplace.FastenersOwner);
        var lineId = (await merchant.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/orders/{id}")).GetProperty("lines")[0].GetProperty("id").GetString()!;
        return (api, id, lineId, merchant);
    }

    private Task<HttpClient> BrowserAsync(string email) => SignedInAsync(host, Tenant, email, CompanyBuyers.Password);

    private async Task<string> SlugAsync(string ownerEmail, string code)
    {
        var owner = await host.MerchantAsync(Tenant, ownerEmail);
        var id = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q={code}"))[0].GetProperty("id").GetString();
        return (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products/{id}")).GetProperty("slug").GetString()!;
    }

    /// <summary>The id of the cart line of <paramref name="code"/>, read from its quantity form.</summary>
    private static string LineId(string cart, string code) =>
        Regex.Match(cart, $@"(?s)<tr data-line=""{code}"">.*?action=""/{Tenant}/cart/items/(?<id>[0-9a-f-]{{36}})""").Groups["id"].Value;

    [GeneratedRegex(@"(?s)<tr data-order=""(?<id>[0-9a-f-]{36})"">.*?</tr>")]
    private static partial Regex OrderRow();
}
