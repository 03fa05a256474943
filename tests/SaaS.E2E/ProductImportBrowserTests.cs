using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SaaS.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ProductImportBrowserTests(BrowserHost browser)
{
    [Fact]
    public async Task A_merchant_uploads_a_sheet_watches_the_import_complete_and_reads_the_refused_rows()
    {
        await browser.LaunchAsync("e2e-import", "industrial-mro", "导入测试");
        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(browser.Host.InvitationLinkTo("e2e-import", "owner@fasteners.example.cn"));
        await invited.GetByLabel("新密码").FillAsync("Owner-Pass-2026");
        await invited.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await Assertions.Expect(invited.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();

        var page = await browser.SignInAsync("e2e-import", "owner@fasteners.example.cn", "Owner-Pass-2026", "/merchant/products/import");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("批量导入商品");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "下载 XLSX 模板" })).ToBeVisibleAsync();

        // More than one batch, so the page has progress to show; two rows the import refuses.
        var csv = new StringBuilder("product_key,category,title,unit,attr.material,sku_code,variant.size,stock,tiers\n");
        csv.Append("BAD1,bolts,负库存螺栓,box,碳钢,E2E-BAD-1,M6,-3,1:2.00\n");
        csv.Append("BAD2,no-such,无类目螺栓,box,碳钢,E2E-BAD-2,M6,3,1:2.00\n");
        for (var i = 0; i < 1200; i++) csv.Append($"P{i / 2},bolts,浏览器导入螺栓 {i / 2},box,碳钢,E2E-{i},M{6 + i % 2 * 2},10,1:2.00;100:1.90\n");
        await page.GetByLabel(new Regex("商品表格")).SetInputFilesAsync(new FilePayload { Name = "螺栓.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并导入" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/e2e-import/merchant/products/import/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("螺栓.csv");
        await Assertions.Expect(page.Locator(".import-state")).ToHaveTextAsync("已完成");
        var bar = page.Locator("progress.import-progress");
        Assert.Equal("1202", await bar.GetAttributeAsync("max"));
        Assert.Equal("1202", await bar.GetAttributeAsync("value"));
        await Assertions.Expect(page.Locator(".import-counts .imported")).ToHaveTextAsync("1200");

        await Assertions.Expect(page.Locator("table.import-errors tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("tr[data-row='2']")).ToContainTextAsync("stock");
        await Assertions.Expect(page.Locator("tr[data-row='3']")).ToContainTextAsync("no-such");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载错误报告（CSV）" }).ClickAsync());
        var report = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("2,stock,", report);
        Assert.Contains("3,category,", report);

        await page.GetByRole(AriaRole.Link, new() { Name = "导入其他文件" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.recent-imports")).ToContainTextAsync("螺栓.csv");
    }
}
