using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Search;
using SaaS.Search.Data;
using SaaS.Search.Indexing;
using SaaS.Tenants;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Search over the demo MRO catalog, on real index files: Chinese and English words, typos, SKU codes, synonyms,
/// facets and filters; what buyers may not see never shows; changes show within two seconds; tenants are walls;
/// a lost or broken index is rebuilt from the catalog.
/// </summary>
public sealed class SearchTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "search";
    private const string Other = "search-other";
    /// <summary>Longer than a change takes to reach search (the bench's "change → searchable" p95 is a few hundred ms).</summary>
    private static readonly TimeSpan Indexing = TimeSpan.FromSeconds(2);


    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, "industrial-mro");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Chinese_and_English_words_both_find_the_demo_bolts()
    {
        var chinese = await SearchAsync(Tenant, "q=螺栓");
        Assert.True(chinese.GetProperty("total").GetInt32() >= 30, chinese.ToString());
        Assert.All(Hits(chinese), h => Assert.Contains("<em>螺栓</em>", h.GetProperty("highlight").GetString()));

        var english = await SearchAsync(Tenant, "q=hex%20bolt");
        Assert.True(english.GetProperty("total").GetInt32() > 0, english.ToString());
        var first = Hits(english).First();
        Assert.Contains("Hex", first.GetProperty("title").GetString());
        Assert.Contains("Bolt", first.GetProperty("title").GetString());
        Assert.Contains("<em>Hex</em>", first.GetProperty("highlight").GetString());
        Assert.Contains("<em>Bolt</em>", first.GetProperty("highlight").GetString());
        foreach (var property in new[] { "productId", "slug", "merchant", "price" }) Assert.True(first.TryGetProperty(property, out _), property);
        Assert.NotEqual("", first.GetProperty("merchant").GetString());
    }

    [Fact]
    public async Task A_typo_in_a_latin_word_still_finds_it()
    {
        var typo = await SearchAsync(Tenant, "q=blot");
        Assert.True(typo.GetProperty("total").GetInt32() > 0, typo.ToString());
        Assert.Contains("Bolt", Hits(typo).First().GetProperty("title").GetString());
        Assert.Contains("<em>Bolt</em>", Hits(typo).First().GetProperty("highlight").GetString());
        Assert.True((await SearchAsync(Tenant, "q=hex")).GetProperty("total").GetInt32() > 0);
        Assert.Equal(0, (await SearchAsync(Tenant, "q=qqqzzz")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_exact_sku_code_is_the_first_hit()
    {
        var found = await SearchAsync(Tenant, "q=HZ-BOL-002-1");
        Assert.Equal("东明 合金钢内六角圆柱头螺栓 Hex Socket Cap Screw", Hits(found).First().GetProperty("title").GetString());
        var lower = await SearchAsync(Tenant, "q=hz-bol-002-1");
        Assert.Equal(Hits(found).First().GetProperty("productId").GetString(), Hits(lower).First().GetProperty("productId").GetString());
    }

    [Fact]
    public async Task Synonyms_apply_at_query_time_without_reindexing()
    {
        static bool HasMachineScrew(JsonElement result) => Hits(result).Any(h => h.GetProperty("title").GetString()!.Contains("螺钉"));
        var withSynonyms = await SearchAsync(Tenant, "q=螺丝");
        Assert.True(HasMachineScrew(withSynonyms), withSynonyms.ToString());

        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var saved = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/search/synonyms");
        Assert.Contains(saved.GetProperty("synonyms").EnumerateArray(), g => g.EnumerateArray().Any(t => t.GetString() == "螺钉"));
        try
        {
            var put = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/search/synonyms", new { synonyms = new[] { new[] { "手套", "gloves" } } });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            Assert.False(HasMachineScrew(await SearchAsync(Tenant, "q=螺丝")));
            Assert.True((await SearchAsync(Tenant, "q=gloves")).GetProperty("total").GetInt32() > 0);
            var bad = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/search/synonyms", new { synonyms = new[] { new[] { "独" } } });
            ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest), "synonyms[0]");
        }
        finally
        {
            await admin.PutAsJsonAsync($"/{Tenant}/api/admin/search/synonyms", new { synonyms = saved.GetProperty("synonyms") });
        }
        Assert.True(HasMachineScrew(await SearchAsync(Tenant, "q=螺丝")));
    }

    [Fact]
    public async Task Facet_counts_add_up_and_an_attribute_filter_narrows()
    {
        var all = await SearchAsync(Tenant, "q=螺栓");
        var total = all.GetProperty("total").GetInt32();
        var facets = all.GetProperty("facets");
        Assert.Equal(total, facets.GetProperty("category").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        Assert.Equal(total, facets.GetProperty("merchant").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        var materials = facets.GetProperty("attributes").GetProperty("material").EnumerateArray().ToList();
        Assert.Equal(total, materials.Sum(f => f.GetProperty("count").GetInt32()));
        Assert.False(facets.GetProperty("attributes").TryGetProperty("standard", out _), "standard is searchable, not filterable");

        var steel = materials.Single(f => f.GetProperty("value").GetString() == "不锈钢304");
        var narrowed = await SearchAsync(Tenant, $"q=螺栓&a.material={Uri.EscapeDataString("不锈钢304")}");
        Assert.Equal(steel.GetProperty("count").GetInt32(), narrowed.GetProperty("total").GetInt32());
        Assert.True(narrowed.GetProperty("total").GetInt32() < total);
        Assert.Equal(["不锈钢304"], narrowed.GetProperty("facets").GetProperty("attributes").GetProperty("material").EnumerateArray().Select(f => f.GetProperty("value").GetString()));

        var bolts = await SearchAsync(Tenant, "q=螺栓&category=bolts&inStock=true&sort=price_asc&minPrice=10&maxPrice=40");
        var prices = Hits(bolts).Select(h => h.GetProperty("price").GetDecimal()).ToList();
        Assert.NotEmpty(prices);
        Assert.Equal(prices.Order(), prices);
        Assert.All(prices, p => Assert.InRange(p, 10m, 40m));
        Assert.Equal(["bolts"], bolts.GetProperty("facets").GetProperty("category").EnumerateArray().Select(f => f.GetProperty("value").GetString()));

        var anonymous = host.Anonymous();
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{Tenant}/api/search?q=x&a.standard=ISO"), HttpStatusCode.BadRequest), "a.standard");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{Tenant}/api/search?q=x&sort=cheapest"), HttpStatusCode.BadRequest), "sort");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{Tenant}/api/search?category=nowhere"), HttpStatusCode.BadRequest), "category");
    }

    [Fact]
    public async Task A_draft_never_shows_a_publish_shows_and_a_delist_leaves()
    {
        var owner = await SignInAsync(Tenant, "owner@fasteners.example.cn", "Owner-Pass-2026");
        var created = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", Product(await CategoryAsync(Tenant, "bolts"), "Quokkabolt 袋鼠螺栓", "SR-DRAFT-0001", BoltAttributes));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        await Task.Delay(Indexing);
        Assert.Equal(0, (await SearchAsync(Tenant, "q=quokkabolt")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/publish", null)).StatusCode);
        await Eventually.HoldsAsync(async () => Hits(await SearchAsync(Tenant, "q=quokkabolt")).Any(h => h.GetProperty("productId").GetString() == id), "the published product found");
        Assert.Equal(id, Hits(await SearchAsync(Tenant, "q=SR-DRAFT-0001")).First().GetProperty("productId").GetString());

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/delist", null)).StatusCode);
        await Eventually.HoldsAsync(async () => (await SearchAsync(Tenant, "q=quokkabolt")).GetProperty("total").GetInt32() == 0, "the delisted product gone");
    }

    [Fact]
    public async Task A_suspended_merchants_products_leave_and_come_back_when_reinstated()
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var merchant = (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants?q=91330110MA2B3C4D56"))[0].GetProperty("id").GetString();
        Assert.Equal(1, (await SearchAsync(Tenant, "q=HZ-BOL-001-1")).GetProperty("facets").GetProperty("merchant").GetArrayLength());
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/{Tenant}/api/admin/merchants/{merchant}/suspend", new { reason = "资质抽检未通过" })).StatusCode);
            await Eventually.HoldsAsync(async () => !(await SearchAsync(Tenant, "q=螺栓")).GetProperty("facets").GetProperty("merchant").EnumerateArray()
                .Any(f => f.GetProperty("value").GetString() == merchant), "the suspended merchant's products gone");
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{Tenant}/api/admin/merchants/{merchant}/reinstate", null)).StatusCode);
        }
        await Eventually.HoldsAsync(async () => (await SearchAsync(Tenant, "q=HZ-BOL-001-1")).GetProperty("total").GetInt32() > 0, "the reinstated merchant's products back");
    }

    [Fact]
    public async Task One_marketplaces_search_never_returns_anothers_products()
    {
        await host.EnsureLaunchedAsync(Other, "industrial-mro");
        var here = await SignInAsync(Tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        var there = await SignInAsync(Other, "owner@tools.example.cn", "Tools-Pass-2026");
        var mine = await CreatePublishedAsync(here, Tenant, "Wallabywrench 袋鼠扳手", "SR-WALL-0001");
        var theirs = await CreatePublishedAsync(there, Other, "Numbatwrench 食蚁兽扳手", "SR-NUMB-0001");

        // The other marketplace has just launched and may still be indexing its recipe's catalog.
        await Eventually.HoldsAsync(async () => (await SearchAsync(Tenant, "q=wallabywrench")).GetProperty("total").GetInt32() == 1, "this marketplace's product found");
        await Eventually.HoldsAsync(async () => (await SearchAsync(Other, "q=numbatwrench")).GetProperty("total").GetInt32() == 1, "the other's product found");
        Assert.Equal(0, (await SearchAsync(Other, "q=wallabywrench")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(Tenant, "q=numbatwrench")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(Other, "q=SR-WALL-0001")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(Tenant, "q=SR-NUMB-0001")).GetProperty("total").GetInt32());
        Assert.DoesNotContain(Hits(await SearchAsync(Other, "q=扳手")), h => h.GetProperty("productId").GetString() == mine);
        Assert.DoesNotContain(Hits(await SearchAsync(Tenant, "q=扳手")), h => h.GetProperty("productId").GetString() == theirs);
    }

    [Fact]
    public async Task A_deleted_index_folder_is_rebuilt_from_the_catalog()
    {
        var before = (await SearchAsync(Tenant, "q=螺栓")).GetProperty("total").GetInt32();
        var folder = Path.Combine(host.AppData, "Sites", Tenant, "Lucene");
        Assert.True(Directory.Exists(folder));
        Directory.Delete(folder, recursive: true);

        await Eventually.HoldsAsync(() => Task.FromResult(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "segments_*").Any()), "the index folder rebuilt");
        Assert.Equal(before, (await SearchAsync(Tenant, "q=螺栓")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_when_opened_again()
    {
        var before = (await SearchAsync(Tenant, "q=螺栓")).GetProperty("total").GetInt32();
        await WhileDisabledAsync(Tenant, () =>
        {
            var folder = Path.Combine(host.AppData, "Sites", Tenant, "Lucene");
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            {
                File.WriteAllBytes(file, "not a lucene file at all"u8.ToArray());
            }
        });
        Assert.Equal(before, (await SearchAsync(Tenant, "q=螺栓")).GetProperty("total").GetInt32());
        var files = Directory.EnumerateFiles(Path.Combine(host.AppData, "Sites", Tenant, "Lucene")).ToList();
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => new FileInfo(f).Length == "not a lucene file at all".Length);
    }

    [Fact]
    public async Task Only_search_managers_reindex_and_a_reindex_keeps_every_published_product()
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var before = (await SearchAsync(Tenant, "")).GetProperty("total").GetInt32();
        var reindex = await admin.PostAsync($"/{Tenant}/api/admin/search/reindex", null);
        Assert.Equal(HttpStatusCode.OK, reindex.StatusCode);
        Assert.Equal(before, (await reindex.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents").GetInt32());
        Assert.True(before >= 202, before.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().PostAsync($"/{Tenant}/api/admin/search/reindex", null)).StatusCode);
        var owner = await SignInAsync(Tenant, "owner@fasteners.example.cn", "Owner-Pass-2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsync($"/{Tenant}/api/admin/search/reindex", null)).StatusCode);
    }

    [Fact]
    public async Task The_cli_has_every_node_rebuild_the_index()
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        async Task<long> CursorAsync() => (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/search/status")).GetProperty("cursor").GetInt64();
        var before = await CursorAsync();
        var output = new StringWriter();
        Assert.Equal(0, await SaaS.Web.Tenants.TenantsCli.RunAsync(["tenants", "reindex", Tenant], host.Services, output, new StringWriter()));
        Assert.Contains("rebuilds its search index", output.ToString());
        await Eventually.HoldsAsync(async () => await CursorAsync() > before, "the reindex task applied");
        Assert.True((await SearchAsync(Tenant, "")).GetProperty("total").GetInt32() >= 202);
    }

    [Fact]
    public async Task Suggestions_complete_the_last_word_typed()
    {
        var anonymous = host.Anonymous();
        var chinese = (await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/search/suggest?q=螺")).GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.InRange(chinese.Count, 1, 8);
        Assert.All(chinese, s => Assert.Contains("螺", s));
        var english = (await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/search/suggest?q=hex%20so")).GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.NotEmpty(english);
        Assert.All(english, s => Assert.Contains("Hex Socket", s));
    }

    [Fact]
    public async Task The_storefront_search_page_shows_highlighted_hits_facets_and_pages()
    {
        var browser = host.Anonymous();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = await browser.GetStringAsync($"/{Tenant}/search?q={Uri.EscapeDataString("螺栓")}");
        Assert.Contains("class=\"product-card search-hit\"", page);
        Assert.Contains("<em>螺栓</em>", page);
        Assert.Contains("data-facet=\"category\"", page);
        Assert.Contains("data-facet=\"material\"", page);
        Assert.Contains("rel=\"next\"", page);
        var escaped = await browser.GetStringAsync($"/{Tenant}/search?q={Uri.EscapeDataString("<script>alert(1)</script>")}");
        Assert.DoesNotContain("<script>alert(1)</script>", escaped);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{Tenant}/search?q=x&sort=cheapest")).StatusCode);
    }

    [Fact]
    public async Task Renaming_a_category_reaches_the_index_without_a_manual_reindex()
    {
        await host.EnsureLaunchedAsync("search-rename", "industrial-mro");
        Assert.Equal(0, (await SearchAsync("search-rename", "q=masonry")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync("search-rename", "q=锚固件")).GetProperty("total").GetInt32());
        var admin = host.WithToken(await host.LoginAsync("/search-rename", "admin@example.com"));
        var anchors = await CategoryAsync("search-rename", "anchors");
        var fasteners = await CategoryAsync("search-rename", "fasteners");
        var renamed = await admin.PutAsJsonAsync($"/search-rename/api/admin/categories/{anchors}", new { slug = "anchors", name = "锚固件 Masonry Anchors", parentId = fasteners });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await Eventually.HoldsAsync(async () => (await SearchAsync("search-rename", "q=masonry")).GetProperty("total").GetInt32() > 0, "the renamed category in the index");
        Assert.Equal((await SearchAsync("search-rename", "q=masonry")).GetProperty("total").GetInt32(),
            (await SearchAsync("search-rename", "q=锚固件")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_node_whose_index_is_older_than_the_pruned_tasks_rebuilds_instead_of_skipping_them()
    {
        const string tenant = "search-prune";
        await host.EnsureLaunchedAsync(tenant, "industrial-mro");
        var folder = Path.Combine(host.AppData, "Sites", tenant, "Lucene");
        var stale = Path.Combine(host.AppData, "stale-lucene-" + tenant);
        Assert.Equal(0, (await SearchAsync(tenant, "q=dugongdrill")).GetProperty("total").GetInt32());
        await WhileDisabledAsync(tenant, () => CopyFolder(folder, stale));

        var owner = await SignInAsync(tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        var dugong = await CreatePublishedAsync(owner, tenant, "Dugongdrill 儒艮电钻", "SR-DUGO-0001");
        await CreatePublishedAsync(owner, tenant, "Bilbydriver 兔耳袋狸起子", "SR-BILB-0001");
        await Eventually.HoldsAsync(async () => (await SearchAsync(tenant, "q=bilbydriver")).GetProperty("total").GetInt32() == 1, "the product found");

        // A week and a day later the tasks are pruned; only the newest (the second product's publish) stays.
        await using (var scope = host.Services.GetRequiredService<IActiveTenants>().CreateScope(tenant)!.Value)
        {
            await new IndexingTaskPruning(new SearchOptions(), new LaterClock(TimeSpan.FromDays(8))).RunAsync(scope.ServiceProvider, CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<SearchDbContext>();
            Assert.Equal(1, await db.Tasks.CountAsync());
            Assert.Equal(await db.Tasks.MaxAsync(t => t.Id) - 1, await db.Horizons.MaxAsync(p => p.PrunedThrough));
        }

        // This node comes back with the index it had before both products: applying the one task left would miss the first.
        await WhileDisabledAsync(tenant, () =>
        {
            Directory.Delete(folder, recursive: true);
            CopyFolder(stale, folder);
        });
        Assert.Equal(dugong, Hits(await SearchAsync(tenant, "q=dugongdrill")).Single().GetProperty("productId").GetString());
        Assert.Equal(1, (await SearchAsync(tenant, "q=bilbydriver")).GetProperty("total").GetInt32());
    }

    /// <summary>Runs <paramref name="change"/> while the tenant is disabled: no longer active here, the node has closed its index files.</summary>
    private async Task WhileDisabledAsync(string tenant, Action change)
    {
        var operatorClient = host.Operator();
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsync($"/api/tenants/{tenant}/disable", null)).StatusCode);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            change();
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await operatorClient.PostAsync($"/api/tenants/{tenant}/enable", null)).StatusCode);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }

    private async Task<JsonElement> SearchAsync(string tenant, string query)
    {
        var response = await host.Anonymous().GetAsync($"/{tenant}/api/search?{query}");
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"search {query} answered {response.StatusCode}: {json}");
        return json;
    }

    private static IEnumerable<JsonElement> Hits(JsonElement result) => result.GetProperty("hits").EnumerateArray();

    private async Task<string> CreatePublishedAsync(HttpClient owner, string tenant, string title, string code)
    {
        var created = await owner.PostAsJsonAsync($"/{tenant}/api/merchant/products", Product(await CategoryAsync(tenant, "wrenches"), title, code));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/{tenant}/api/merchant/products/{id}/publish", null)).StatusCode);
        return id;
    }

    private static readonly object BoltAttributes = new { material = "合金钢", grade = "10.9", surface = "镀锌" };

    private static object Product(Guid category, string title, string code, object? attributes = null) => new
    {
        title, brand = "测试 Testbrand", categoryId = category, unit = "box", minOrderQuantity = 1, orderMultiple = 1,
        attributes = attributes ?? new { },
        description = "<p>测试</p>",
        skus = new[] { new { code, stock = 50, variant = new { size = "M12×40" }, tiers = new[] { new { minQuantity = 1, unitPrice = 30m } } } },
    };

    private Task<Guid> CategoryAsync(string tenant, string slug) => host.CategoryIdAsync(tenant, slug);

    private Task<HttpClient> SignInAsync(string tenant, string email, string password) => host.InvitedAsync(tenant, email, password);
}
