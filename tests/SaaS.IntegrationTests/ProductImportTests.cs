using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SaaS.Catalog.Data;
using SaaS.Catalog.Imports;
using SaaS.Data;
using SaaS.Tenancy;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Product import and export: sheets in any encoding a merchant's Excel saves, bad rows reported by row and
/// column while good ones are saved, progress while a large file runs, and no merchant reaching another's imports.
/// </summary>
public sealed class ProductImportTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "imports";
    private const string Header = "product_key,category,title,brand,unit,moq,multiple,lead_time_days,description,attr.material,attr.surface,attr.grade,sku_code,variant.size,stock,tiers";


    static ProductImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, "industrial-mro");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Csv_in_utf8_with_or_without_bom_and_in_gb18030_reads_the_same_chinese_text()
    {
        var owner = await FastenersAsync();
        var files = new Dictionary<string, byte[]>
        {
            ["U8"] = Encoding.UTF8.GetBytes(BoltCsv("U8")),
            ["BOM"] = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(BoltCsv("BOM"))],
            ["GB"] = Encoding.GetEncoding("GB18030").GetBytes(BoltCsv("GB")),
        };
        foreach (var (tag, bytes) in files)
        {
            var status = await ImportAsync(owner, bytes, $"bolts-{tag}.csv");
            Assert.True(status.GetProperty("status").GetString() == "Completed", status.ToString());
            Assert.Equal(2, status.GetProperty("imported").GetInt32());
            Assert.Equal(0, status.GetProperty("errorCount").GetInt32());
        }

        var products = new List<JsonElement>();
        foreach (var tag in files.Keys) products.Add((await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=ENC-{tag}-1"))[0]);
        Assert.All(products, p =>
        {
            Assert.Equal("不锈钢六角螺栓 Hex Bolt，防锈", p.GetProperty("title").GetString());
            Assert.Equal("不锈钢304", p.GetProperty("attributes").GetProperty("material").GetString());
            Assert.Equal("Draft", p.GetProperty("status").GetString());
            Assert.Equal(["M8×30", "M10×40"], p.GetProperty("skus").EnumerateArray().Select(s => s.GetProperty("variant").GetProperty("size").GetString()));
        });
        Assert.Single(products.Select(p => p.GetProperty("description").GetString()).Distinct());
    }

    [Fact]
    public async Task An_xlsx_with_chinese_headers_imports_and_publishes()
    {
        var owner = await FastenersAsync();
        var rows = new[]
        {
            new Dictionary<string, object?> { ["商品编号"] = "X1", ["类目"] = "nuts", ["标题"] = "尼龙锁紧螺母 Nylon Lock Nut", ["单位"] = "box", ["起订量"] = 10, ["包装倍数"] = 10,
                ["attr.material"] = "碳钢", ["attr.grade"] = "8", ["SKU编码"] = "XLSX-NUT-1", ["规格.size"] = "M6", ["库存"] = 120, ["阶梯价"] = "10:5.50;100:4.80", ["库存预警"] = 30 },
            new Dictionary<string, object?> { ["商品编号"] = "X1", ["类目"] = null, ["标题"] = null, ["单位"] = null, ["起订量"] = null, ["包装倍数"] = null,
                ["attr.material"] = null, ["attr.grade"] = null, ["SKU编码"] = "XLSX-NUT-2", ["规格.size"] = "M8", ["库存"] = 80, ["阶梯价"] = 6.2, ["库存预警"] = null },
        };
        var xlsx = new MemoryStream();
        MiniExcel.SaveAs(xlsx, rows);

        var status = await ImportAsync(owner, xlsx.ToArray(), "螺母.xlsx", publish: true);
        Assert.True(status.GetProperty("status").GetString() == "Completed", status.ToString());
        Assert.Equal(2, status.GetProperty("imported").GetInt32());
        var product = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=XLSX-NUT-1"))[0];
        Assert.Equal("Published", product.GetProperty("status").GetString());
        Assert.Equal(10, product.GetProperty("orderMultiple").GetInt32());
        var skus = product.GetProperty("skus").EnumerateArray().ToList();
        Assert.Equal([120, 80], skus.Select(s => s.GetProperty("stock").GetInt32()));
        Assert.Equal(6.2m, skus[1].GetProperty("tiers")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal([JsonValueKind.Number, JsonValueKind.Null], skus.Select(s => s.GetProperty("lowStockAlert").ValueKind));
        Assert.Equal(30, skus[0].GetProperty("lowStockAlert").GetInt32());
        var seenByBuyers = await host.Anonymous().GetAsync($"/{Tenant}/api/products/{product.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, seenByBuyers.StatusCode);
        // The merchant's alert level is its own business.
        Assert.All((await seenByBuyers.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("skus").EnumerateArray(),
            s => Assert.True(!s.TryGetProperty("lowStockAlert", out var alert) || alert.ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_column_while_good_rows_are_saved()
    {
        var owner = await FastenersAsync();
        var csv = string.Join("\r\n",
            Header.Replace("tiers", "阶梯价"),
            "G1,bolts,好螺栓 Good Bolt,,box,1,1,3,,碳钢,镀锌,8.8,BAD-OK-1,M6×20,100,1:2.00;100:1.80",
            "G1,,,,,,,,,,,,BAD-OK-2,M8×20,100,1:2.50",
            "T1,bolts,阶梯乱序 Tier order,,box,1,1,3,,碳钢,,,BAD-TIER-1,M6,10,1:2.00;100:1.80;50:1.70",
            "S1,bolts,负库存 Negative stock,,box,1,1,3,,碳钢,,,BAD-STOCK-1,M6,-5,1:2.00",
            "C1,no-such-category,无类目 Unknown category,,box,1,1,3,,碳钢,,,BAD-CAT-1,M6,5,1:2.00",
            "A1,bolts,缺材质 Missing material,,box,1,1,3,,,,,BAD-ATTR-1,M6,5,1:2.00",
            "G2,nuts,好螺母 Good Nut,,box,1,1,3,,黄铜,,,BAD-OK-3,M6,5,1:0.50");

        var status = await ImportAsync(owner, Encoding.UTF8.GetBytes(csv), "mixed.csv");
        Assert.Equal("Completed", status.GetProperty("status").GetString());
        Assert.Equal(7, status.GetProperty("total").GetInt32());
        Assert.Equal(7, status.GetProperty("processed").GetInt32());
        Assert.Equal(3, status.GetProperty("imported").GetInt32());
        var errors = status.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString(), Message: e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([(4, "阶梯价"), (5, "stock"), (6, "category"), (7, "attr.material")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("must rise", errors[0].Message);
        Assert.Contains("no-such-category", errors[2].Message);

        foreach (var code in new[] { "BAD-OK-1", "BAD-OK-3" }) Assert.Single((await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q={code}")).EnumerateArray());
        Assert.Equal(2, (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=BAD-OK-1"))[0].GetProperty("skus").GetArrayLength());
        Assert.Empty((await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=BAD-TIER")).EnumerateArray());

        var report = await owner.GetAsync($"/{Tenant}/api/merchant/product-imports/{status.GetProperty("id").GetString()}/errors.csv");
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        var lines = SheetFiles.Read(await report.Content.ReadAsByteArrayAsync(), SheetFormat.Csv);
        Assert.Equal(["row", "column", "message"], lines.Header);
        Assert.Equal(["4", "5", "6", "7"], lines.Rows.Select(r => r.Cells[0]));
    }

    [Fact]
    public async Task Rows_of_one_product_that_contradict_each_other_or_clash_with_codes_in_use_are_reported_not_dropped()
    {
        var owner = await FastenersAsync();
        var csv = string.Join("\n",
            Header,
            "K1,bolts,两行矛盾 Contradiction,,box,1,1,3,,碳钢,,,CLASH-1,M6,10,1:2.00",
            "K1,bolts,,,piece,,,,,,,,CLASH-2,M8,10,1:2.00",
            "K2,bolts,已用编码 Code in use,,box,1,1,3,,碳钢,,,HZ-BOL-001-1,M6,10,1:2.00");
        var status = await ImportAsync(owner, Encoding.UTF8.GetBytes(csv), "clash.csv");
        var errors = status.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(errors, e => e.Item1 == 3 && e.Item2 == "unit" && e.Item3.Contains("row 2"));
        Assert.Contains(errors, e => e.Item1 == 2 && e.Item2 == "" && e.Item3.Contains("Not imported"));
        Assert.Contains(errors, e => e.Item1 == 4 && e.Item2 == "sku_code" && e.Item3.Contains("already used"));
        Assert.Equal(0, status.GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task An_8000_row_file_completes_and_its_progress_is_seen_moving()
    {
        var owner = await FastenersAsync();
        var csv = new StringBuilder(Header).Append('\n');
        // Sixteen batches of 500 rows.
        for (var p = 0; p < 4000; p++)
        {
            csv.Append($"BIG{p},bolts,批量螺栓 Bulk Bolt {p},晋亿,box,1,1,3,,碳钢,镀锌,8.8,BIG-{p}-A,M6×20,50,1:3.00;100:2.80\n");
            csv.Append($"BIG{p},,,,,,,,,,,,BIG-{p}-B,M8×20,50,1:3.50;100:3.20\n");
        }
        var id = await StartAsync(owner, Encoding.UTF8.GetBytes(csv.ToString()), "big.csv");
        // Each look holds the marketplace's write turn, so the import saves at most one batch between two looks and
        // they land between batches however fast the machine is (a faster CI machine once finished before the first look).
        var writeGate = host.Services.GetRequiredService<SqliteWriteGate>();
        var database = host.Services.GetRequiredService<AppDataPaths>().TenantSqliteDatabase(Tenant);
        var seen = new List<int>();
        JsonElement status;
        var deadline = DateTime.UtcNow.AddMinutes(3);
        do
        {
            using (await writeGate.EnterAsync(database, CancellationToken.None))
            {
                status = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports/{id}");
            }
            seen.Add(status.GetProperty("processed").GetInt32());
        }
        while (status.GetProperty("status").GetString() is "Queued" or "Running" && DateTime.UtcNow < deadline);

        Assert.True(status.GetProperty("status").GetString() == "Completed", status.ToString());
        Assert.Equal(8000, status.GetProperty("total").GetInt32());
        Assert.Equal(8000, status.GetProperty("imported").GetInt32());
        var steps = seen.Where(processed => processed is > 0 and < 8000).Distinct().ToList();
        Assert.True(steps.Count >= 4, $"progress seen: {string.Join(", ", seen.Distinct())}");
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task No_merchant_sees_another_merchants_import_and_staff_need_the_permission()
    {
        var owner = await FastenersAsync();
        var id = await StartAsync(owner, Encoding.UTF8.GetBytes(BoltCsv("ISO")), "mine.csv");
        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        await ProblemAssert.IsProblemAsync(await tools.GetAsync($"/{Tenant}/api/merchant/product-imports/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.GetAsync($"/{Tenant}/api/merchant/product-imports/{id}/errors.csv"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports")).EnumerateArray().Select(i => i.GetProperty("id").GetString()));

        var finance = await SignInAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        foreach (var response in new[]
                 {
                     await finance.GetAsync($"/{Tenant}/api/merchant/product-imports/{id}"),
                     await finance.PostAsync($"/{Tenant}/api/merchant/product-imports", FileContent(Encoding.UTF8.GetBytes(BoltCsv("FIN")), "x.csv")),
                     await finance.GetAsync($"/{Tenant}/api/merchant/product-imports/template?category=bolts"),
                     await finance.GetAsync($"/{Tenant}/api/merchant/products/export"),
                 })
        {
            Assert.Contains("catalog.products", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden), "permission"));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/{Tenant}/api/merchant/product-imports/{id}")).StatusCode);

        var manager = await SignInAsync("products@fasteners.example.cn", "Products-Pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/{Tenant}/api/merchant/product-imports/{id}")).StatusCode);
    }

    [Fact]
    public async Task Files_that_are_empty_too_large_or_not_sheets_are_refused_naming_the_file()
    {
        var owner = await FastenersAsync();
        var big = new byte[SheetFiles.MaxBytes + 1];
        Array.Fill(big, (byte)'a');
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        foreach (var (bytes, expected) in new[] { (Array.Empty<byte>(), "empty"), (big, "at most 20 MB"), (png, "neither CSV"), ([0xD0, 0xCF, 0x11, 0xE0, 0, 0], ".xlsx") })
        {
            var response = await owner.PostAsync($"/{Tenant}/api/merchant/product-imports", FileContent(bytes, "products.csv"));
            Assert.Contains(expected, ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest), "file"));
        }
        var none = await owner.PostAsync($"/{Tenant}/api/merchant/product-imports", new MultipartFormDataContent { { new StringContent("true"), "publish" } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(none, HttpStatusCode.BadRequest), "file");

        var headerless = await ImportAsync(owner, Encoding.UTF8.GetBytes("标题,库存\n螺栓,5\n"), "partial.csv");
        Assert.Equal("Failed", headerless.GetProperty("status").GetString());
        Assert.Contains(headerless.GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "tiers" && e.GetProperty("row").GetInt32() == 1);
    }

    [Fact]
    public async Task A_template_lists_the_categorys_attribute_and_variant_columns_and_its_example_row_imports()
    {
        var owner = await FastenersAsync();
        var template = await owner.GetAsync($"/{Tenant}/api/merchant/product-imports/template?format=csv&category=bolts");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var sheet = SheetFiles.Read(await template.Content.ReadAsByteArrayAsync(), SheetFormat.Csv);
        Assert.Equal(["product_key", "category", "title", "brand", "unit", "moq", "multiple", "lead_time_days", "description"], sheet.Header.Take(9));
        Assert.Equal(["attr.grade", "attr.material", "attr.standard", "attr.surface"], sheet.Header.Skip(9).Take(4).Order(StringComparer.Ordinal));
        Assert.Equal(["sku_code", "variant.size", "stock", "tiers", "low_stock_alert"], sheet.Header.Skip(13));
        Assert.Single(sheet.Rows);

        var xlsx = await owner.GetAsync($"/{Tenant}/api/merchant/product-imports/template?format=xlsx&category=bolts");
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal(sheet.Header, SheetFiles.Read(bytes, SheetFormat.Xlsx).Header);
        var status = await ImportAsync(owner, bytes, "template.xlsx");
        Assert.True(status.GetProperty("imported").GetInt32() == 1, status.ToString());

        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await owner.GetAsync($"/{Tenant}/api/merchant/product-imports/template?category=nope"), HttpStatusCode.BadRequest), "category");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await owner.GetAsync($"/{Tenant}/api/merchant/product-imports/template?category=bolts&format=pdf"), HttpStatusCode.BadRequest), "format");
    }

    [Fact]
    public async Task An_export_imports_into_another_marketplace_as_the_same_catalog()
    {
        // The same marketplace without its sample products: SKU codes are unique per marketplace.
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(host.RecipesFolder, "industrial-mro.recipe.json")))!.AsObject();
        recipe["name"] = "mro-no-products";
        var steps = recipe["steps"]!.AsArray();
        steps.Remove(steps.Single(s => (string?)s!["name"] == "products"));
        await File.WriteAllTextAsync(Path.Combine(host.RecipesFolder, "mro-no-products.recipe.json"), recipe.ToJsonString());
        await host.EnsureLaunchedAsync("imports-copy", "mro-no-products");

        var owner = await FastenersAsync();
        // Imports other tests started (the page test does not wait) must not land between the two exports.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var imports = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports");
            if (!imports.EnumerateArray().Any(i => i.GetProperty("status").GetString() is "Queued" or "Running")) break;
            await Task.Delay(100);
        }
        var exported = await owner.GetAsync($"/{Tenant}/api/merchant/products/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exported.Content.Headers.ContentType?.MediaType);
        var before = await (await owner.GetAsync($"/{Tenant}/api/merchant/products/export?format=csv")).Content.ReadAsByteArrayAsync();

        var copy = await host.AcceptInvitationAsync("imports-copy", "owner@fasteners.example.cn", "Owner-Pass-2026");
        var status = await ImportAsync(copy, await exported.Content.ReadAsByteArrayAsync(), "export.xlsx", publish: true, tenant: "imports-copy");
        Assert.True(status.GetProperty("errorCount").GetInt32() == 0, status.ToString());
        var after = await (await copy.GetAsync("/imports-copy/api/merchant/products/export?format=csv")).Content.ReadAsByteArrayAsync();

        static List<string> Rows(byte[] csv)
        {
            // The product key is the product's address (slug), new in the other marketplace; everything else must match.
            var sheet = SheetFiles.Read(csv, SheetFormat.Csv);
            var code = sheet.Header.ToList().IndexOf("sku_code");
            return sheet.Rows.OrderBy(r => r.Cells[code], StringComparer.Ordinal).Select(r => string.Join("\u001f", r.Cells.Skip(1))).Prepend(string.Join(",", sheet.Header)).ToList();
        }
        var expected = Rows(before);
        Assert.True(expected.Count > 100, $"only {expected.Count} rows exported");
        var actual = Rows(after);
        var firstDifference = expected.Zip(actual).FirstOrDefault(pair => pair.First != pair.Second);
        Assert.True(firstDifference == default && expected.Count == actual.Count,
            $"{expected.Count} rows exported, {actual.Count} after the round trip; first difference:\n{firstDifference.First}\n{firstDifference.Second}");
    }

    [Fact]
    public async Task The_import_page_offers_the_form_and_shows_an_imports_progress_and_refused_rows()
    {
        var owner = await FastenersAsync();
        var page = await owner.GetAsync($"/{Tenant}/merchant/products/import");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Contains($"/{Tenant}/api/merchant/product-imports/template", html);
        Assert.Contains($"/{Tenant}/api/merchant/products/export?format=xlsx", html);

        var csv = string.Join("\n", Header, "PG1,bolts,页面螺栓 Page Bolt,,box,1,1,3,,碳钢,,,PAGE-1,M6,5,1:2.00", "PG2,bolts,坏 Bad,,box,1,1,3,,碳钢,,,PAGE-2,M6,-1,1:2.00");
        var status = await ImportAsync(owner, Encoding.UTF8.GetBytes(csv), "page.csv");
        var id = status.GetProperty("id").GetString();
        var view = await owner.GetStringAsync($"/{Tenant}/merchant/products/import/{id}");
        Assert.Contains("<progress", view);
        Assert.Contains("data-row=\"3\"", view);
        Assert.Contains($"/{Tenant}/api/merchant/product-imports/{id}/errors.csv", view);
        Assert.DoesNotContain("http-equiv=\"refresh\"", view);
        Assert.Contains("page.csv", await owner.GetStringAsync($"/{Tenant}/merchant/products/import"));

        var finance = await SignInAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        var denied = await finance.GetAsync($"/{Tenant}/merchant/products/import");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("catalog.products.manage", await denied.Content.ReadAsStringAsync());
        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        Assert.Equal(HttpStatusCode.NotFound, (await tools.GetAsync($"/{Tenant}/merchant/products/import/{id}")).StatusCode);
    }

    [Fact]
    public async Task After_a_restart_a_queued_import_runs_and_one_that_died_running_is_failed_with_what_it_saved()
    {
        var owner = await FastenersAsync();
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var merchant = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants?q=91330110MA2B3C4D56"))[0].GetProperty("id").GetGuid();
        string userId;
        await using (var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value)
        {
            userId = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync("owner@fasteners.example.cn"))!.Id;
        }
        // What a process killed at the wrong moment leaves: one upload queued in memory only, one import half-way.
        var queued = new ProductImport { MerchantId = merchant, UserId = userId, FileName = "queued.csv", Format = SheetFormat.Csv, Status = ImportStatus.Queued, CreatedUtc = DateTimeOffset.UtcNow };
        var running = new ProductImport
        {
            MerchantId = merchant, UserId = userId, FileName = "running.csv", Format = SheetFormat.Csv, Status = ImportStatus.Running, Total = 2000,
            Processed = 1000, Imported = 990, ErrorCount = 10, CreatedUtc = DateTimeOffset.UtcNow.AddMinutes(-30), HeartbeatUtc = DateTimeOffset.UtcNow.AddMinutes(-20),
        };
        var lively = new ProductImport
        {
            MerchantId = merchant, UserId = userId, FileName = "lively.csv", Format = SheetFormat.Csv, Status = ImportStatus.Running, Total = 2000,
            CreatedUtc = DateTimeOffset.UtcNow.AddMinutes(-1), HeartbeatUtc = DateTimeOffset.UtcNow,
        };
        await using (var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(Tenant)!.Value)
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            db.Imports.AddRange(queued, running, lively);
            await db.SaveChangesAsync();
            var folder = Path.Combine(scope.ServiceProvider.GetRequiredService<ITenant>().FilesPath, "Imports");
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{queued.Id:N}.csv"), Encoding.UTF8.GetBytes(BoltCsv("RCV")));
        }

        await host.Services.GetRequiredService<TenantJobRunner>().RunOnceAsync(CancellationToken.None);

        var resumed = await FinishedAsync(owner, queued.Id.ToString());
        Assert.Equal("Completed", resumed.GetProperty("status").GetString());
        Assert.Equal(2, resumed.GetProperty("imported").GetInt32());
        var died = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports/{running.Id}");
        Assert.Equal("Failed", died.GetProperty("status").GetString());
        Assert.Equal(990, died.GetProperty("imported").GetInt32());
        Assert.Contains("990 rows were saved", died.GetProperty("failure").GetString());
        var stillRunning = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/product-imports/{lively.Id}");
        Assert.Equal("Running", stillRunning.GetProperty("status").GetString());
    }

    private static string BoltCsv(string tag) => string.Join("\r\n",
        Header,
        $"ENC-{tag},bolts,\"不锈钢六角螺栓 Hex Bolt，防锈\",东明,box,1,1,5,\"<p>耐腐蚀, 适用于户外</p>\",不锈钢304,本色,A2-70,ENC-{tag}-1,M8×30,500,1:12.50;100:11.80",
        $"ENC-{tag},,,,,,,,,,,,ENC-{tag}-2,M10×40,300,1:15.00;100:14.20") + "\r\n";

    private static MultipartFormDataContent FileContent(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static async Task<string> StartAsync(HttpClient client, byte[] bytes, string name, bool publish = false, string tenant = Tenant)
    {
        var response = await client.PostAsync($"/{tenant}/api/merchant/product-imports{(publish ? "?publish=true" : "")}", FileContent(bytes, name));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Uploads a sheet and waits for its import to finish: the final status.</summary>
    private static async Task<JsonElement> ImportAsync(HttpClient client, byte[] bytes, string name, bool publish = false, string tenant = Tenant) =>
        await FinishedAsync(client, await StartAsync(client, bytes, name, publish, tenant), tenant);

    private static async Task<JsonElement> FinishedAsync(HttpClient client, string id, string tenant = Tenant)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/product-imports/{id}");
            if (status.GetProperty("status").GetString() is "Completed" or "Failed") return status;
            Assert.True(DateTime.UtcNow < deadline, $"import {id} still {status}");
            await Task.Delay(50);
        }
    }

    private Task<HttpClient> FastenersAsync() => SignInAsync("owner@fasteners.example.cn", "Owner-Pass-2026");

    private Task<HttpClient> SignInAsync(string email, string password) => host.InvitedAsync(Tenant, email, password);
}
