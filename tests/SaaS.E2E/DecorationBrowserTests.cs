using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class DecorationBrowserTests(BrowserHost browser)
{
    private const string Tenant = "e2e-decor";

    [Fact]
    public async Task A_merchant_adds_reorders_previews_and_publishes_blocks_buyers_see_them_in_order_and_a_rollback_restores_them()
    {
        await browser.LaunchAsync(Tenant, "industrial-mro", "装修测试");
        var owner = await browser.AcceptInvitationAsync(Tenant, "owner@fasteners.example.cn", "Owner-Pass-2026");

        await owner.GotoAsync($"/{Tenant}/merchant/shop");
        await Assertions.Expect(owner.Locator(".center-nav a[aria-current='page']")).ToHaveTextAsync("店铺装修");
        await owner.GetByLabel("新页面地址名（小写字母、数字、连字符）").FillAsync("promo");
        await owner.GetByLabel("标题", new() { Exact = true }).FillAsync("促销 Promo");
        await owner.GetByRole(AriaRole.Button, new() { Name = "新建页面" }).ClickAsync();
        await Assertions.Expect(owner).ToHaveURLAsync(new Regex($"/{Tenant}/merchant/shop/pages/promo$"));

        // Three blocks, each added from the palette and filled in on the generated settings form.
        await AddAsync(owner, "富文本");
        await owner.Locator("#b0-html").FillAsync("<p>Alpha 第一块</p>");
        await AddAsync(owner, "图文");
        await owner.Locator("#b1-image").FillAsync("/media/stock/factory.svg");
        await owner.Locator("#b1-title").FillAsync("Bravo 第二块");
        await AddAsync(owner, "富文本");
        await owner.Locator("#b2-html").FillAsync("<p>Charlie 第三块</p>");
        // A required setting left empty is refused at its field, and what was typed elsewhere stays.
        await owner.Locator("#b1-title").FillAsync("");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#b1-title-error")).ToContainTextAsync("required");
        await Assertions.Expect(owner.Locator("#b1-title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(owner.Locator("#b2-html")).ToHaveValueAsync("<p>Charlie 第三块</p>");
        await owner.Locator("#b1-title").FillAsync("Bravo 第二块");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("草稿已保存");
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await OrderAsync(owner.Locator(".block-card")));

        // Reorder: Alpha down with its button, then Charlie up from the keyboard (Alt+↑ in its settings).
        await owner.GetByRole(AriaRole.Button, new() { Name = "下移: 1. 富文本" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("模块已下移");
        await owner.Locator("#b2-html").FocusAsync();
        await owner.Keyboard.PressAsync("Alt+ArrowUp");
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("模块已上移");
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("草稿已保存");
        Assert.Equal(["Bravo", "Charlie", "Alpha"], await OrderAsync(owner.Locator(".block-card")));

        // Drag and drop: Alpha onto the top of Bravo saves at once, then Alpha back to the end with the Move buttons.
        // The page before the drop is marked, so waiting for a page without the mark waits for the save's reload.
        await owner.SetViewportSizeAsync(1280, 2400); // both blocks on screen, as a mouse drag needs
        await owner.EvaluateAsync("() => window.beforeDrop = true");
        await owner.Locator(".block-card").Nth(2).Locator("legend").DragToAsync(owner.Locator(".block-card").Nth(0).Locator("legend"), new() { TargetPosition = new() { X = 5, Y = 2 } });
        await owner.WaitForFunctionAsync("() => !window.beforeDrop");
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("草稿已保存");
        Assert.Equal(["Alpha", "Bravo", "Charlie"], await OrderAsync(owner.Locator(".block-card")));
        await owner.GetByRole(AriaRole.Button, new() { Name = "下移: 1. 富文本" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "下移: 2. 富文本" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        Assert.Equal(["Bravo", "Charlie", "Alpha"], await OrderAsync(owner.Locator(".block-card")));

        // The preview at a phone's width shows the saved draft in that order.
        await owner.GetByRole(AriaRole.Button, new() { Name = "移动端" }).ClickAsync();
        await Assertions.Expect(owner.Locator("#preview")).ToHaveAttributeAsync("width", "390");
        var preview = owner.FrameLocator("#preview");
        await Assertions.Expect(preview.Locator(".preview-banner")).ToBeVisibleAsync();
        Assert.Equal(["Bravo", "Charlie", "Alpha"], await OrderAsync(preview.Locator(".decorated-page .block")));
        Assert.True(await owner.Locator("#preview").EvaluateAsync<bool>("f => f.contentDocument.documentElement.scrollWidth <= 390"));

        await owner.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.ScreenshotFolder(), "Editor-shop-page-mobile-preview.png"), FullPage = true });

        var shop = $"/{Tenant}/shops/{await MerchantIdAsync()}/promo";
        var buyer = await browser.NewPageAsync();
        Assert.Equal(404, (await buyer.GotoAsync(shop))!.Status);
        await owner.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.Locator(".notice")).ToContainTextAsync("已发布");
        await buyer.GotoAsync(shop);
        Assert.Equal(["Bravo", "Charlie", "Alpha"], await OrderAsync(buyer.Locator(".decorated-page .block")));

        // Version 2 drops a block; restoring version 1 brings the three back as they were.
        await owner.GetByRole(AriaRole.Button, new() { Name = "移除: 2. 富文本" }).ClickAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(owner.Locator(".version-list tbody tr")).ToHaveCountAsync(2);
        await buyer.ReloadAsync();
        Assert.Equal(["Bravo", "Alpha"], await OrderAsync(buyer.Locator(".decorated-page .block")));
        await owner.GetByRole(AriaRole.Button, new() { Name = "恢复 v1" }).ClickAsync();
        await Assertions.Expect(owner.Locator(".version-list tbody tr")).ToHaveCountAsync(3);
        await buyer.ReloadAsync();
        Assert.Equal(["Bravo", "Charlie", "Alpha"], await OrderAsync(buyer.Locator(".decorated-page .block")));
    }

    [Fact]
    public async Task The_operator_edits_the_marketplace_home_with_the_same_editor_and_rolls_it_back()
    {
        await browser.LaunchAsync("e2e-home", "industrial-mro", "首页装修");
        var buyer = await browser.NewPageAsync();
        await buyer.GotoAsync("/e2e-home/");
        await Assertions.Expect(buyer.Locator(".decorated-page .block").First).ToHaveClassAsync(new Regex("block-banner-carousel"));

        var admin = await browser.SignInAsync("e2e-home", "admin@example.com", SaaSHost.AdminPassword, "/admin/pages");
        await admin.GetByRole(AriaRole.Link, new() { Name = "装修: 首页" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".block-card")).ToHaveCountAsync(6);
        await admin.GetByRole(AriaRole.Button, new() { Name = "移除: 1. 轮播图" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".block-card")).ToHaveCountAsync(5);
        await admin.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.Locator(".notice")).ToContainTextAsync("已发布");
        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.Locator(".block-banner-carousel")).ToHaveCountAsync(0);
        await Assertions.Expect(buyer.Locator(".decorated-page .block").First).ToHaveClassAsync(new Regex("block-category-nav"));

        await admin.GetByRole(AriaRole.Button, new() { Name = "恢复 v1" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".block-card")).ToHaveCountAsync(6);
        await buyer.ReloadAsync();
        await Assertions.Expect(buyer.Locator(".decorated-page .block").First).ToHaveClassAsync(new Regex("block-banner-carousel"));
    }

    private static async Task AddAsync(IPage page, string blockTitle)
    {
        await page.GetByLabel("添加模块").SelectOptionAsync(new SelectOptionValue { Label = blockTitle });
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("已添加模块");
    }

    /// <summary>Which of the test's marker words each block shows, in page order.</summary>
    private static async Task<List<string>> OrderAsync(ILocator blocks)
    {
        var order = new List<string>();
        foreach (var block in await blocks.AllAsync())
        {
            var text = await block.InnerTextAsync();
            var content = text + " " + string.Join(" ", await block.Locator("textarea, input").EvaluateAllAsync<string[]>("els => els.map(e => e.value)"));
            order.Add(new[] { "Alpha", "Bravo", "Charlie" }.First(content.Contains));
        }
        return order;
    }

    private async Task<string> MerchantIdAsync()
    {
        var admin = browser.Http(await browser.AdminTokenAsync(Tenant));
        return (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants?q=91330110MA2B3C4D56"))[0].GetProperty("id").GetString()!;
    }
}
