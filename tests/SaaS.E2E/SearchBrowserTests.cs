using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task A_buyer_searches_from_the_header_sees_highlighted_hits_and_narrows_them_by_a_facet()
    {
        await browser.LaunchAsync("e2e-search", "industrial-mro", "搜索测试");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/e2e-search/");

        var box = page.Locator(".site-header").GetByRole(AriaRole.Searchbox, new() { Name = "搜索" });
        await box.FillAsync("螺栓");
        await box.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/e2e-search/search\\?q="));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("螺栓");
        await Assertions.Expect(page.Locator(".search-hit").First.Locator("em").First).ToHaveTextAsync("螺栓");
        Assert.Equal(20, await page.Locator(".search-hit").CountAsync());

        var anchors = page.Locator("[data-facet=category]").GetByRole(AriaRole.Checkbox, new() { Name = "膨胀螺栓 Anchors" });
        var count = int.Parse(Regex.Match(await anchors.InnerTextAsync(), @"\((\d+)\)").Groups[1].Value);
        await anchors.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("category=anchors"));
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("[data-facet=category]").GetByRole(AriaRole.Checkbox, new() { Name = "膨胀螺栓 Anchors" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator(".result-count")).ToContainTextAsync(count.ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "价格从低到高" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("sort=price_asc"));
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(count);
        await page.GetByRole(AriaRole.Link, new() { Name = "清除筛选" }).ClickAsync();
        Assert.Equal(20, await page.Locator(".search-hit").CountAsync());
    }
}
