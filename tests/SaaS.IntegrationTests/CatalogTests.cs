using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// The catalog: products validated field by field, visible to buyers only while published by a merchant in
/// good standing, and reachable by no merchant but their own.
/// </summary>
public sealed class CatalogTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "catalog";


    public static readonly TheoryData<string, string> ProductEndpoints = new()
    {
        { "GET", "/api/merchant/products/{id}" },
        { "PUT", "/api/merchant/products/{id}" },
        { "POST", "/api/merchant/products/{id}/publish" },
        { "POST", "/api/merchant/products/{id}/delist" },
    };

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, "industrial-mro");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_catalog_is_published_and_browsable_by_category_price_and_stock()
    {
        var anonymous = host.Anonymous();
        var all = await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products?page=1");
        Assert.True(all.GetProperty("total").GetInt32() >= 200, all.GetProperty("total").ToString());
        var tree = await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/categories");
        var fasteners = tree.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "fasteners");
        Assert.Contains(fasteners.GetProperty("children").EnumerateArray(), c => c.GetProperty("slug").GetString() == "bolts");

        var bolts = await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products?category={fasteners.GetProperty("id").GetString()}&sort=price_asc");
        var prices = bolts.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("priceFrom").GetDecimal()).ToList();
        Assert.Equal(prices.Order(), prices);
        Assert.InRange(prices.Count, 20, 24);

        anonymous.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var page = await anonymous.GetStringAsync($"/{Tenant}/c/bolts?sort=price_desc&inStock=true");
        Assert.Contains("product-card", page);
        Assert.Contains("螺栓 Bolts", page);
        var slug = System.Text.RegularExpressions.Regex.Match(page, "data-product=\"([^\"]+)\"").Groups[1].Value;
        var product = await anonymous.GetStringAsync($"/{Tenant}/p/{slug}");
        Assert.Contains("class=\"tiers\"", product);
        Assert.Matches("type=\"number\"[^>]* min=\"\\d+\" step=\"\\d+\"", product);
        Assert.Contains("/shops/", product);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]+\">", product);
        Assert.Contains($"<link rel=\"canonical\" href=\"/{Tenant}/p/{slug}\">", product);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Tenant}/c/no-such-category")).StatusCode);

        // With the search index behind it, the category page narrows by attribute and says how many each value has.
        var boltsPage = await anonymous.GetStringAsync($"/{Tenant}/c/bolts");
        Assert.Contains("category-facets", boltsPage);
        var material = System.Text.RegularExpressions.Regex.Match(boltsPage, """href="([^"]*a.material=[^"]+)"[^>]*>([^<]+) <span class="count">\((\d+)\)""");
        Assert.True(material.Success, "no material facet on the bolts page");
        var narrowed = await anonymous.GetStringAsync(System.Net.WebUtility.HtmlDecode(material.Groups[1].Value));
        Assert.Contains("aria-current=\"true\"", narrowed);
        Assert.Contains($"{material.Groups[3].Value} {ProductsWord}", System.Text.RegularExpressions.Regex.Replace(narrowed, "<[^>]+>", ""));
    }

    [Fact]
    public async Task Bad_products_are_refused_field_by_field()
    {
        var owner = await FastenersAsync();
        var bolts = await CategoryAsync("bolts");
        var bad = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", new
        {
            title = "", categoryId = bolts, unit = "bucket", minOrderQuantity = 5, orderMultiple = 2,
            attributes = new { material = "木头", colour = "red" },
            skus = new object[]
            {
                new { code = "X 1", stock = -1, tiers = new[] { new { minQuantity = 10, unitPrice = 2.0m }, new { minQuantity = 5, unitPrice = 2.5m } } },
                new { code = "X2", stock = 1, variant = new { size = "M8" }, tiers = new[] { new { minQuantity = 1, unitPrice = 0.001m } } },
            },
        });
        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "unit", "minOrderQuantity", "attributes.material", "attributes.colour", "skus[0].code", "skus[0].stock",
                     "skus[0].tiers[0].minQuantity", "skus[0].tiers[1].minQuantity", "skus[0].tiers[1].unitPrice", "skus[1].tiers[0].unitPrice" })
        {
            ProblemAssert.FieldErrors(problem, field);
        }
        Assert.Contains("may not cost more", ProblemAssert.FieldErrors(problem, "skus[0].tiers[1].unitPrice"));

        var taken = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", Bolt(bolts, "HZ-BOL-001-1"));
        Assert.Contains("already used", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict), "skus[0].code"));
    }

    [Fact]
    public async Task A_draft_is_invisible_until_published_and_gone_again_when_delisted()
    {
        var owner = await FastenersAsync();
        var created = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", Bolt(await CategoryAsync("bolts"), "HZ-NEW-0001"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        Assert.Equal("Draft", body.GetProperty("status").GetString());
        Assert.StartsWith("hex-flange-bolt-m12-", body.GetProperty("slug").GetString());
        var anonymous = host.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{Tenant}/api/products/{id}"), HttpStatusCode.NotFound);

        Assert.Equal("Published", (await (await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/publish", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{id}");
        Assert.Equal([10, 100], published.GetProperty("skus")[0].GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("minQuantity").GetInt32()));
        Assert.Equal("<p>强度高</p>", published.GetProperty("description").GetString());
        await ProblemAssert.IsProblemAsync(await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/publish", null), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/delist", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync($"/{Tenant}/api/products/{id}"), HttpStatusCode.NotFound);
        var delisted = await owner.PostAsync($"/{Tenant}/api/merchant/products/{id}/delist", null);
        Assert.Contains("Delisted", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(delisted, HttpStatusCode.Conflict), "status"));
    }

    [Theory]
    [MemberData(nameof(ProductEndpoints))]
    public async Task No_merchant_reaches_another_merchants_product_and_staff_need_the_permission(string method, string path)
    {
        var owner = await FastenersAsync();
        var bolts = await CategoryAsync("bolts");
        var mine = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=HZ-BOL-002"))[0].GetProperty("id").GetString()!;
        var url = $"/{Tenant}{path.Replace("{id}", mine)}";
        HttpRequestMessage Request() => new(new HttpMethod(method), url) { Content = JsonContent.Create(Bolt(bolts, "SZ-STEAL-1")) };

        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        await ProblemAssert.IsProblemAsync(await tools.SendAsync(Request()), HttpStatusCode.NotFound);
        var finance = await SignInAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        Assert.Contains("catalog.products", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await finance.SendAsync(Request()), HttpStatusCode.Forbidden), "permission"));
        var anonymous = await host.Anonymous().SendAsync(Request());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("HZ-BOL-002-1", (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products/{mine}")).GetProperty("skus")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_product_manager_edits_and_bulk_changes_only_their_merchants_products()
    {
        var clerk = await SignInAsync("products@fasteners.example.cn", "Products-Pass-2026");
        var list = await clerk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=HZ-NUT-00");
        var ids = list.EnumerateArray().Take(2).Select(p => p.GetProperty("id").GetGuid()).ToList();
        var before = list.EnumerateArray().First().GetProperty("priceFrom").GetDecimal();
        var foreign = (await (await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026")).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products"))[0].GetProperty("id").GetGuid();

        var bulk = await clerk.PostAsJsonAsync($"/{Tenant}/api/merchant/products/bulk", new { ids = ids.Append(foreign), action = "price", percent = 10m });
        var results = (await bulk.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal([true, true, false], results.Select(r => r.GetProperty("done").GetBoolean()));
        Assert.Contains("no such product", results[2].GetProperty("error").GetString());
        var after = (await clerk.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products/{ids[0]}")).GetProperty("priceFrom").GetDecimal();
        Assert.Equal(decimal.Round(before * 1.1m, 2, MidpointRounding.AwayFromZero), after);
        var bad = await clerk.PostAsJsonAsync($"/{Tenant}/api/merchant/products/bulk", new { ids, action = "stock", stock = -5 });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest), "stock");
    }

    [Fact]
    public async Task With_review_on_a_publish_waits_for_the_operator_who_approves_or_rejects_with_a_reason()
    {
        await host.EnsureLaunchedAsync("reviewed", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/reviewed", "admin@example.com"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/reviewed/api/admin/catalog-settings", new { requireReview = true })).StatusCode);
        var owner = await host.AcceptInvitationAsync("reviewed", "owner@fasteners.example.cn", "Owner-Pass-2026");
        var bolts = (await host.Anonymous().GetFromJsonAsync<JsonElement>("/reviewed/api/categories")).EnumerateArray()
            .SelectMany(c => c.GetProperty("children").EnumerateArray()).Single(c => c.GetProperty("slug").GetString() == "bolts").GetProperty("id").GetString()!;
        var ids = new List<string>();
        foreach (var code in new[] { "RV-1", "RV-2" })
        {
            var id = (await (await owner.PostAsJsonAsync("/reviewed/api/merchant/products", Bolt(Guid.Parse(bolts), code))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            Assert.Equal("PendingReview", (await (await owner.PostAsync($"/reviewed/api/merchant/products/{id}/publish", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
            ids.Add(id);
        }
        await ProblemAssert.IsProblemAsync(await host.Anonymous().GetAsync($"/reviewed/api/products/{ids[0]}"), HttpStatusCode.NotFound);
        var queue = await admin.GetFromJsonAsync<JsonElement>("/reviewed/api/admin/product-reviews");
        Assert.Equal(ids, queue.EnumerateArray().Select(p => p.GetProperty("id").GetString()!));
        await ProblemAssert.IsProblemAsync(await owner.GetAsync("/reviewed/api/admin/product-reviews"), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/reviewed/api/admin/product-reviews/{ids[0]}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Anonymous().GetAsync($"/reviewed/api/products/{ids[0]}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/reviewed/api/admin/product-reviews/{ids[1]}/reject", new { reason = "" }), HttpStatusCode.BadRequest);
        await admin.PostAsJsonAsync($"/reviewed/api/admin/product-reviews/{ids[1]}/reject", new { reason = "主图不清晰" });
        var rejected = await owner.GetFromJsonAsync<JsonElement>($"/reviewed/api/merchant/products/{ids[1]}");
        Assert.Equal("Draft", rejected.GetProperty("status").GetString());
        Assert.Equal("主图不清晰", rejected.GetProperty("rejectionReason").GetString());
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"/reviewed/api/admin/product-reviews/{ids[1]}/approve", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_suspended_merchants_goods_leave_the_storefront_and_it_cannot_publish()
    {
        await host.EnsureLaunchedAsync("suspend-cat", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/suspend-cat", "admin@example.com"));
        var tools = (await admin.GetFromJsonAsync<JsonElement>("/suspend-cat/api/admin/merchants?q=91440300MA5F6G7H8B"))[0].GetProperty("id").GetString();
        var before = (await host.Anonymous().GetFromJsonAsync<JsonElement>($"/suspend-cat/api/products?merchant={tools}")).GetProperty("total").GetInt32();
        Assert.True(before > 50);
        await admin.PostAsJsonAsync($"/suspend-cat/api/admin/merchants/{tools}/suspend", new { reason = "质量抽检" });
        Assert.Equal(0, (await host.Anonymous().GetFromJsonAsync<JsonElement>($"/suspend-cat/api/products?merchant={tools}")).GetProperty("total").GetInt32());

        var owner = await host.AcceptInvitationAsync("suspend-cat", "owner@tools.example.cn", "Tools-Pass-2026");
        var product = (await owner.GetFromJsonAsync<JsonElement>("/suspend-cat/api/merchant/products"))[0].GetProperty("id").GetString();
        await owner.PostAsync($"/suspend-cat/api/merchant/products/{product}/delist", null);
        var refused = await owner.PostAsync($"/suspend-cat/api/merchant/products/{product}/publish", null);
        Assert.Contains("suspended", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict), "merchant"));
    }

    [Fact]
    public async Task The_operator_edits_the_category_tree_without_breaking_it()
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var fasteners = await CategoryAsync("fasteners");
        var rivets = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories", new { slug = "rivets", name = "铆钉 Rivets", parentId = fasteners });
        Assert.Equal(HttpStatusCode.Created, rivets.StatusCode);
        var rivetsId = (await rivets.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories", new { slug = "rivets", name = "again" }), HttpStatusCode.Conflict);
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories", new { slug = "Bad Slug!", name = "x" }), HttpStatusCode.BadRequest), "slug");

        var inherited = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories/{rivetsId}/attributes", new { code = "material", name = "材质", kind = "Text" });
        Assert.Contains("above it", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(inherited, HttpStatusCode.Conflict), "code"));
        var noOptions = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories/{rivetsId}/attributes", new { code = "head", name = "头型", kind = "SingleChoice" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(noOptions, HttpStatusCode.BadRequest), "options");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/{Tenant}/api/admin/categories/{rivetsId}/attributes",
            new { code = "head", name = "头型", kind = "SingleChoice", options = new[] { "圆头", "沉头" }, required = true })).StatusCode);
        var effective = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/categories/{rivetsId}/attributes");
        var codes = effective.EnumerateArray().Select(a => a.GetProperty("code").GetString()).ToList();
        Assert.Equal(["material", "standard", "surface"], codes.SkipLast(1).Order());
        Assert.Equal("head", codes[^1]);

        await ProblemAssert.IsProblemAsync(await admin.PutAsJsonAsync($"/{Tenant}/api/admin/categories/{fasteners}", new { slug = "fasteners", name = "紧固件", parentId = rivetsId }), HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync($"/{Tenant}/api/admin/categories/{fasteners}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/{Tenant}/api/admin/categories/{rivetsId}")).StatusCode);
        var owner = await FastenersAsync();
        await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync($"/{Tenant}/api/admin/categories", new { slug = "mine", name = "mine" }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_sitemap_lists_categories_products_on_sale_and_shops_but_no_drafts()
    {
        var owner = await FastenersAsync();
        var draft = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/products", Bolt(await CategoryAsync("bolts"), "HZ-SITEMAP-DRAFT"));
        var draftSlug = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("slug").GetString()!;
        var sitemap = await host.Anonymous().GetStringAsync($"/{Tenant}/sitemap.xml");
        var urls = System.Xml.Linq.XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains($"http://localhost/{Tenant}/c/bolts", urls);
        Assert.Contains($"http://localhost/{Tenant}/merchants", urls);
        Assert.True(urls.Count(u => u.Contains("/p/", StringComparison.Ordinal)) >= 200);
        Assert.DoesNotContain(urls, u => u.EndsWith(draftSlug, StringComparison.Ordinal));
        Assert.Contains("Disallow: /merchant", await host.Anonymous().GetStringAsync($"/{Tenant}/robots.txt"));
    }

    [Fact]
    public async Task A_price_list_gives_its_companies_their_discount_and_nobody_else()
    {
        var vipCode = "91320500MA1WXP0P0" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91320500MA1WXP0P0");
        var vip = await host.BuyerAsync(Tenant, "buyer@vip-plant.cn");
        Assert.Equal(HttpStatusCode.Created, (await vip.PostAsJsonAsync($"/{Tenant}/api/companies", new { name = "苏州VIP工厂", creditCode = vipCode })).StatusCode);
        var other = await host.BuyerAsync(Tenant, "buyer@plain-plant.cn");

        var owner = await FastenersAsync();
        var unknown = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/price-lists", new { name = "VIP", discountPercent = 8m, companies = new[] { "91110000600037341L" } });
        Assert.Contains("91110000600037341L", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest), "companies"));
        var tooMuch = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/price-lists", new { name = "VIP", discountPercent = 95m, companies = new[] { vipCode } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tooMuch, HttpStatusCode.BadRequest), "discountPercent");
        var created = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/price-lists", new { name = "VIP 分销商", discountPercent = 8m, companies = new[] { vipCode } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var listId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var productId = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=HZ-BOL-005"))[0].GetProperty("id").GetString();
        var list = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}");
        Assert.Equal(JsonValueKind.Null, list.GetProperty("buyerPrice").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await other.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}")).GetProperty("buyerPrice").ValueKind);
        var mine = await vip.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}");
        var listPrice = list.GetProperty("skus")[0].GetProperty("tiers")[0].GetProperty("unitPrice").GetDecimal();
        var vipPrice = mine.GetProperty("buyerPrice").GetProperty("skus")[0].GetProperty("tiers")[0].GetProperty("unitPrice").GetDecimal();
        Assert.Equal(decimal.Round(listPrice * 0.92m, 2, MidpointRounding.AwayFromZero), vipPrice);

        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        Assert.Empty((await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/price-lists")).EnumerateArray());
        await ProblemAssert.IsProblemAsync(await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/price-lists/{listId}", new { name = "x", discountPercent = 50m }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.DeleteAsync($"/{Tenant}/api/merchant/price-lists/{listId}"), HttpStatusCode.NotFound);
        var toolsProduct = (await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products"))[0].GetProperty("id").GetString();
        Assert.Equal(JsonValueKind.Null, (await vip.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{toolsProduct}")).GetProperty("buyerPrice").ValueKind);
        var finance = await SignInAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        await ProblemAssert.IsProblemAsync(await finance.GetAsync($"/{Tenant}/api/merchant/price-lists"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_merchants_photos_are_checked_resized_and_served_to_buyers()
    {
        var owner = await FastenersAsync();
        var productId = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=HZ-BOL-007"))[0].GetProperty("id").GetString();
        var upload = await owner.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo(Png(1600, 900), "bolt.png"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var image = await upload.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1600, image.GetProperty("width").GetInt32());

        var anonymous = host.Anonymous();
        var large = await anonymous.GetAsync($"/{Tenant}{image.GetProperty("large").GetString()}");
        Assert.Equal("image/webp", large.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", large.Headers.CacheControl?.ToString());
        using (var served = new ImageMagick.MagickImage(await large.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((1200u, 675u), (served.Width, served.Height));
        }
        var product = await anonymous.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}");
        Assert.Equal(image.GetProperty("small").GetString(), product.GetProperty("images")[0].GetProperty("small").GetString());

        var text = await owner.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo("not an image at all"u8.ToArray(), "fake.png"));
        Assert.Contains("JPEG, PNG or WebP", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(text, HttpStatusCode.BadRequest), "file"));
        var tiny = await owner.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo(Png(120, 120), "tiny.png"));
        Assert.Contains("200×200", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(tiny, HttpStatusCode.BadRequest), "file"));
        var empty = await owner.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo([], "empty.png"));
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.BadRequest), "file");

        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        await ProblemAssert.IsProblemAsync(await tools.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo(Png(400, 400), "x.png")), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.DeleteAsync($"/{Tenant}/api/merchant/products/{productId}/images/{image.GetProperty("id").GetString()}"), HttpStatusCode.NotFound);
        var finance = await SignInAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        await ProblemAssert.IsProblemAsync(await finance.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo(Png(400, 400), "x.png")), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/{Tenant}/api/merchant/products/{productId}/images/{image.GetProperty("id").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Tenant}{image.GetProperty("large").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Tenant}/media/products/{productId}/..%2F..%2Ftenant.db")).StatusCode);
    }

    [Fact]
    public async Task A_merchant_reorders_photos_and_the_first_is_the_cover_buyers_see()
    {
        var owner = await FastenersAsync();
        var productId = (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/products?q=HZ-BOL-008"))[0].GetProperty("id").GetString();
        var ids = new List<string>();
        foreach (var side in new uint[] { 300, 400, 500 })
        {
            var upload = await owner.PostAsync($"/{Tenant}/api/merchant/products/{productId}/images", Photo(Png(side, side), $"p{side}.png"));
            ids.Add((await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }
        string[] order = [ids[2], ids[0], ids[1]];
        var reordered = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{productId}/images/order", new { imageIds = order });
        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        var product = await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}");
        Assert.Equal(order, product.GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(500, product.GetProperty("images")[0].GetProperty("width").GetInt32());

        var missing = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{productId}/images/order", new { imageIds = order[..2] });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest), "imageIds");
        var twice = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{productId}/images/order", new { imageIds = new[] { order[0], order[0], order[1] } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.BadRequest), "imageIds");
        var tools = await SignInAsync("owner@tools.example.cn", "Tools-Pass-2026");
        await ProblemAssert.IsProblemAsync(await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/products/{productId}/images/order", new { imageIds = order }), HttpStatusCode.NotFound);
        Assert.Equal(order, (await host.Anonymous().GetFromJsonAsync<JsonElement>($"/{Tenant}/api/products/{productId}")).GetProperty("images").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
    }

    private static byte[] Png(uint width, uint height)
    {
        using var image = new ImageMagick.MagickImage(ImageMagick.MagickColors.SteelBlue, width, height) { Format = ImageMagick.MagickFormat.Png };
        return image.ToByteArray();
    }

    private static MultipartFormDataContent Photo(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private const string ProductsWord = "件商品";

    private static object Bolt(Guid category, string code) => new
    {
        title = "法兰面螺栓 Hex Flange Bolt M12", brand = "晋亿 Jinyi", categoryId = category, unit = "box", minOrderQuantity = 10, orderMultiple = 10,
        attributes = new { material = "合金钢", grade = "10.9", surface = "镀锌" },
        description = "<p onclick=\"x()\">强度高</p><script>alert(1)</script>",
        skus = new[] { new { code, stock = 50, variant = new { size = "M12×40" }, tiers = new[] { new { minQuantity = 10, unitPrice = 30m }, new { minQuantity = 100, unitPrice = 27.5m } } } },
    };

    private Task<Guid> CategoryAsync(string slug) => host.CategoryIdAsync(Tenant, slug);

    private Task<HttpClient> FastenersAsync() => SignInAsync("owner@fasteners.example.cn", "Owner-Pass-2026");

    private Task<HttpClient> SignInAsync(string email, string password) => host.InvitedAsync(Tenant, email, password);
}
