using System.Text.RegularExpressions;
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
        var owner = await browser.NewPageAsync();
        await owner.GotoAsync(browser.Host.InvitationLinkTo("e2e-catalog", "owner@fasteners.example.cn"));
        await owner.GetByLabel("新密码").FillAsync("Owner-Pass-2026");
        await owner.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await owner.GetByLabel("密码").FillAsync("Owner-Pass-2026");
        await owner.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex("/e2e-catalog/account$"));

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

        await owner.GetByLabel("阶梯价 M10×40").FillAsync("1:22.00; 50:20.00");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存并上架" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("published");
        await Assertions.Expect(owner.Locator("h1 .badge")).ToHaveTextAsync("已上架");

        var buyer = await browser.NewPageAsync();
        await buyer.GotoAsync("/e2e-catalog/c/bolts");
        await buyer.GetByRole(AriaRole.Link, new() { Name = "高强度法兰螺栓 Heavy Flange Bolt" }).ClickAsync();
        await Assertions.Expect(buyer.Locator("table.tiers")).ToHaveCountAsync(2);
        await Assertions.Expect(buyer.Locator("#quantity")).ToHaveAttributeAsync("min", "1");
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
}
