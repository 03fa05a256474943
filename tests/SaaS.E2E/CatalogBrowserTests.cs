using System.Text.RegularExpressions;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class CatalogBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task A_merchant_builds_a_product_with_a_sku_matrix_fixes_a_tier_and_buyers_find_it_on_the_category_page()
    {
        await browser.LaunchAsync("e2e-catalog", "industrial-mro", "商品测试");
        var owner = await browser.AcceptInvitationAsync("e2e-catalog", "owner@fasteners.example.cn", "Owner-Pass-2026");

        await owner.GotoAsync("/e2e-catalog/merchant/products");
        await Assertions.Expect(owner.Locator(".center-nav a[aria-current='page']")).ToHaveTextAsync("商品");
        await owner.GetByRole(AriaRole.Link, new() { Name = "发布新商品" }).ClickAsync();
        await owner.GetByLabel("类目").SelectOptionAsync(new SelectOptionValue { Label = "紧固件 Fasteners › 螺栓 Bolts" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "选用此类目" }).ClickAsync();
        await Assertions.Expect(owner.Locator("[data-attribute='material'] select")).ToHaveCountAsync(1);

        await owner.GetByLabel("标题").FillAsync("高强度法兰螺栓 Heavy Flange Bolt");
        await owner.GetByLabel("品牌").FillAsync("晋亿 Jinyi");
        await owner.GetByLabel("单位").SelectOptionAsync("box");
        await owner.Locator("[data-attribute='material'] select").SelectOptionAsync("合金钢");
        await owner.GetByLabel(new Regex("规格 Size")).FillAsync("M10×40, M12×50");
        await owner.GetByRole(AriaRole.Button, new() { Name = "生成SKU" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".sku-matrix tbody tr")).ToHaveCountAsync(2);

        await owner.GetByLabel("SKU编码 M10×40").FillAsync("E2E-FLANGE-10");
        await owner.GetByLabel("库存 M10×40").FillAsync("80");
        await owner.GetByLabel("阶梯价 M10×40").FillAsync("1:20.00; 50:22.00");
        await owner.GetByLabel("SKU编码 M12×50").FillAsync("E2E-FLANGE-12");
        await owner.GetByLabel("库存 M12×50").FillAsync("40");
        await owner.GetByLabel("阶梯价 M12×50").FillAsync("1:26.00; 50:24.50");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并上架" }).ClickAsync();
        await Assertions.Expect(owner.Locator("tr[data-row='0'] .field-error")).ToContainTextAsync("may not cost more");
        await Assertions.Expect(owner.GetByLabel("SKU编码 M12×50")).ToHaveValueAsync("E2E-FLANGE-12");

        // Blank keeps the marketplace's low-stock alert (shown greyed); what is typed must be a number of units.
        await owner.GetByLabel("阶梯价 M10×40").FillAsync("1:22.00; 50:20.00");
        await Assertions.Expect(owner.GetByLabel("低库存提醒 M10×40")).ToHaveAttributeAsync("placeholder", "10");
        await owner.GetByLabel("低库存提醒 M12×50").FillAsync("a few");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并上架" }).ClickAsync();
        await Assertions.Expect(owner.Locator("tr[data-row='1'] .field-error")).ToContainTextAsync("'a few' is not a whole number");
        await owner.GetByLabel("低库存提醒 M12×50").FillAsync("15");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并上架" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("已保存并上架");
        await Assertions.Expect(owner.Locator("h1 .badge")).ToHaveTextAsync("已上架");
        await Assertions.Expect(owner.GetByLabel("低库存提醒 M12×50")).ToHaveValueAsync("15");
        await Assertions.Expect(owner.GetByLabel("低库存提醒 M10×40")).ToHaveValueAsync("");
        foreach (var side in new uint[] { 800, 900 })
        {
            using var photo = new ImageMagick.MagickImage(ImageMagick.MagickColors.DarkOrange, side, side) { Format = ImageMagick.MagickFormat.Png };
            await owner.GetByLabel(new Regex("添加图片")).SetInputFilesAsync(new FilePayload { Name = $"bolt-{side}.png", MimeType = "image/png", Buffer = photo.ToByteArray() });
            await owner.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("图片已添加");
        }
        await Assertions.Expect(owner.Locator(".photo-list img")).ToHaveCountAsync(2);
        await owner.GetByRole(AriaRole.Button, new() { Name = "设为封面: 高强度法兰螺栓 Heavy Flange Bolt 2" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("已设为封面");
        await Assertions.Expect(owner.Locator(".photo-list li").First.Locator(".badge")).ToHaveTextAsync("封面");

        var buyer = await browser.NewPageAsync();
        await buyer.GotoAsync("/e2e-catalog/c/bolts");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "高强度法兰螺栓 Heavy Flange Bolt" }).ClickAsync();
        await Assertions.Expect(buyer.Locator("table.tiers")).ToHaveCountAsync(2);
        await Assertions.Expect(buyer.Locator(".gallery .main-photo")).ToHaveAttributeAsync("srcset", new Regex("480w, .* 900w$"));
        Assert.True(await buyer.Locator(".gallery .main-photo").EvaluateAsync<bool>("img => img.decode().then(() => img.naturalWidth > 0)"));
        await Assertions.Expect(buyer.Locator("li[data-sku='E2E-FLANGE-12'] input[name=quantity]")).ToHaveAttributeAsync("min", "1");
        await Assertions.Expect(buyer.Locator(".specs")).ToContainTextAsync("合金钢");
        await Assertions.Expect(buyer.Locator(".breadcrumbs")).ToContainTextAsync("紧固件 Fasteners");

        await owner.GotoAsync("/e2e-catalog/merchant/products?q=E2E-FLANGE");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "高强度法兰螺栓 Heavy Flange Bolt" }).CheckAsync();
        await owner.GetByLabel("操作").SelectOptionAsync("delist");
        await owner.GetByRole(AriaRole.Button, new() { Name = "应用" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".bulk-results .ok")).ToHaveCountAsync(1);
        var gone = await buyer.GotoAsync(buyer.Url);
        Assert.Equal(404, gone!.Status);
    }

    [Fact]
    public async Task The_operator_grows_the_category_tree_turns_on_review_and_decides_the_queue()
    {
        await browser.LaunchAsync("e2e-catadmin", "industrial-mro", "类目测试");
        var admin = await browser.SignInAsync("e2e-catadmin", "admin@example.com", SaaSHost.AdminPassword, "/admin/catalog");
        await admin.Locator("#new-name").FillAsync("铆钉 Rivets");
        await admin.Locator("#new-slug").FillAsync("rivets");
        await admin.Locator("#new-parent").SelectOptionAsync(new SelectOptionValue { Label = "紧固件 Fasteners" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "添加类目" }).ClickAsync();
        await Assertions.Expect(admin.Locator("li[data-category='rivets']")).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(admin.Locator("tr.inherited")).ToHaveCountAsync(3);

        await admin.Locator("#attr-code").FillAsync("head");
        await admin.Locator("#attr-name").FillAsync("头型");
        await admin.Locator("#attr-kind").SelectOptionAsync("SingleChoice");
        await admin.GetByRole(AriaRole.Button, new() { Name = "添加属性" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".error")).ToContainTextAsync("options");
        await admin.Locator("#attr-code").FillAsync("head");
        await admin.Locator("#attr-name").FillAsync("头型");
        await admin.Locator("#attr-kind").SelectOptionAsync("SingleChoice");
        await admin.Locator("#attr-options").FillAsync("圆头, 沉头");
        await admin.GetByRole(AriaRole.Button, new() { Name = "添加属性" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tr[data-attribute='head']")).ToContainTextAsync("圆头|沉头");

        await admin.GetByLabel("商品须经审核后上架").CheckAsync();
        await admin.Locator("form[action$='/admin/catalog/settings'] button").ClickAsync();
        await Assertions.Expect(admin.Locator(".message")).ToHaveTextAsync("商品规则已保存。");

        var reset = await browser.Http().PostAsJsonAsync("/e2e-catadmin/api/identity/resetPassword",
            new { email = "owner@tools.example.cn", resetCode = browser.Host.CodeMailedTo("e2e-catadmin", "owner@tools.example.cn"), newPassword = "Tools-Pass-2026" });
        Assert.True(reset.IsSuccessStatusCode);
        var login = await browser.Http().PostAsJsonAsync("/e2e-catadmin/api/identity/login", new { email = "owner@tools.example.cn", password = "Tools-Pass-2026" });
        var merchant = browser.Http((await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        var products = await merchant.GetFromJsonAsync<System.Text.Json.JsonElement>("/e2e-catadmin/api/merchant/products?q=SZ-WRE-001");
        var id = products[0].GetProperty("id").GetString();
        await merchant.PostAsync($"/e2e-catadmin/api/merchant/products/{id}/delist", null);
        await merchant.PostAsync($"/e2e-catadmin/api/merchant/products/{id}/publish", null);

        await admin.GotoAsync("/e2e-catadmin/admin/product-reviews");
        var review = admin.Locator("section[data-review='SZ-WRE-001-1']");
        await review.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".error")).ToContainTextAsync("Say why");
        await review.GetByLabel("驳回原因").FillAsync("标题与规格不符");
        await review.GetByRole(AriaRole.Button, new() { Name = "驳回" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".message")).ToHaveTextAsync("已驳回，商家可看到原因。");
        await Assertions.Expect(admin.Locator(".empty")).ToHaveCountAsync(1);
        var rejected = await merchant.GetFromJsonAsync<System.Text.Json.JsonElement>($"/e2e-catadmin/api/merchant/products/{id}");
        Assert.Equal("标题与规格不符", rejected.GetProperty("rejectionReason").GetString());
    }

    [Fact]
    public async Task A_merchants_price_list_shows_its_buyer_company_their_own_prices()
    {
        await browser.LaunchAsync("e2e-prices", "industrial-mro", "协议价测试");
        var http = browser.Http();
        await http.PostAsJsonAsync("/e2e-prices/api/identity/register", new { email = "buyer@vip.cn", password = "Buyer-Pass-2026" });
        var login = await http.PostAsJsonAsync("/e2e-prices/api/identity/login", new { email = "buyer@vip.cn", password = "Buyer-Pass-2026" });
        var buyerApi = browser.Http((await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString());
        var code = "91320500MA1WXQ0P0" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91320500MA1WXQ0P0");
        Assert.True((await buyerApi.PostAsJsonAsync("/e2e-prices/api/companies", new { name = "VIP 采购有限公司", creditCode = code })).IsSuccessStatusCode);

        var owner = await browser.AcceptInvitationAsync("e2e-prices", "owner@tools.example.cn", "Tools-Pass-2026");
        await owner.GotoAsync("/e2e-prices/merchant/price-lists");
        await owner.Locator("#new-name").FillAsync("VIP 分销商");
        await owner.Locator("#new-discount").FillAsync("10");
        await owner.Locator("#new-companies").FillAsync("91110000600037341L");
        await owner.GetByRole(AriaRole.Button, new() { Name = "创建价格表" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#new-companies + .field-error")).ToContainTextAsync("91110000600037341L");
        await owner.Locator("#new-companies").FillAsync(code);
        await owner.GetByRole(AriaRole.Button, new() { Name = "创建价格表" }).ClickAsync();
        await Assertions.Expect(owner.Locator("[data-price-list='VIP 分销商']")).ToContainTextAsync("VIP 采购有限公司");

        var buyer = await browser.SignInAsync("e2e-prices", "buyer@vip.cn", "Buyer-Pass-2026", "/account");
        await buyer.GotoAsync("/e2e-prices/c/calipers");
        await buyer.Locator(".product-card a").First.ClickAsync();
        await Assertions.Expect(buyer.Locator(".buyer-price")).ToContainTextAsync("VIP 分销商");
        await Assertions.Expect(buyer.Locator("table.buyer-tiers").First).ToBeVisibleAsync();
    }
}
