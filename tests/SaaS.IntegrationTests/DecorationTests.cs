using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Block pages: what the API accepts and refuses (by block index and field), draft → publish → rollback as buyers
/// see it, each merchant decorating only their own shop, and the decorated demo marketplace from the recipe.
/// </summary>
public sealed class DecorationTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "decor";

    public Task InitializeAsync() => host.EnsureLaunchedAsync(Tenant, "industrial-mro");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_recipe_launches_a_decorated_home_shops_and_pages()
    {
        var anonymous = host.Anonymous();
        var home = await anonymous.GetStringAsync($"/{Tenant}/");
        Assert.Contains("block-banner-carousel", home);
        Assert.Contains("紧固件工厂直供", home);
        Assert.Contains("block-category-nav", home);
        Assert.Contains("block-merchant-list", home);
        Assert.True(home.IndexOf("block-banner-carousel", StringComparison.Ordinal) < home.IndexOf("block-product-grid", StringComparison.Ordinal));
        var about = await anonymous.GetAsync($"/{Tenant}/pages/about");
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Contains("关于平台", await about.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{Tenant}/pages/no-such-page")).StatusCode);
        var banner = await anonymous.GetAsync($"/{Tenant}/media/stock/banner-fasteners.svg");
        Assert.Equal("image/svg+xml", banner.Content.Headers.ContentType?.MediaType);

        var shop = await anonymous.GetStringAsync($"/{Tenant}/shops/{await MerchantIdAsync("91330110MA2B3C4D56")}");
        Assert.Contains("block-certifications", shop);
        Assert.Contains("--shop-brand: #b45309", shop);
        Assert.Contains("shop-nav", shop);
    }

    [Fact]
    public async Task Industrial_mro_launches_five_distributors_300_products_and_a_decorated_shop_for_each()
    {
        Assert.True(await host.ActiveMerchantCountAsync(Tenant) >= 5);
        var onSale = await host.Anonymous().ProductsOnSaleAsync(Tenant);
        Assert.True(onSale >= 300, $"{onSale} products on sale");
        await host.AssertDecoratedAsync(Tenant);
    }

    [Fact]
    public async Task Unknown_types_and_bad_settings_are_refused_naming_the_block_and_field_and_nothing_is_saved()
    {
        var owner = await FastenersAsync();
        var before = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/pages/about/draft");
        var unknown = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/shop/pages/about/draft", new
        {
            blocks = new object[] { RichText("ok"), new { type = "marquee", settings = new { } }, new { type = "merchant-list", settings = new { } } },
        });
        var problem = await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("marquee", ProblemAssert.FieldErrors(problem, "blocks[1].type"));
        // The marketplace's merchant list is not a block a shop can use.
        ProblemAssert.FieldErrors(problem, "blocks[2].type");

        var bad = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/shop/pages/about/draft", new
        {
            blocks = new object[]
            {
                new { type = "banner-carousel", settings = new { slides = new object[] { new { title = "no image" }, new { title = "x", image = "javascript:alert(1)" } }, interval = 60 } },
                new { type = "image-text", settings = new { image = "/media/stock/factory.svg", imageSide = "top" } },
            },
        });
        problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        ProblemAssert.FieldErrors(problem, "blocks[0].settings.slides[0].image");
        Assert.Contains("https://", ProblemAssert.FieldErrors(problem, "blocks[0].settings.slides[1].image"));
        Assert.Contains("between 2 and 15", ProblemAssert.FieldErrors(problem, "blocks[0].settings.interval"));
        ProblemAssert.FieldErrors(problem, "blocks[1].settings.title");
        ProblemAssert.FieldErrors(problem, "blocks[1].settings.imageSide");
        var after = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/pages/about/draft");
        Assert.Equal(before.GetProperty("revision").GetInt32(), after.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_draft_is_unseen_until_published_and_a_restore_brings_the_old_version_back()
    {
        var owner = await FastenersAsync();
        var shop = $"/{Tenant}/shops/{await MerchantIdAsync("91330110MA2B3C4D56")}/spring-sale";
        var first = await SaveAsync(owner, "spring-sale", RichText("第一版 First edition <script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync(shop)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsync($"/{Tenant}/api/merchant/shop/pages/spring-sale/publish", null)).StatusCode);
        var live = await host.Anonymous().GetStringAsync(shop);
        Assert.Contains("第一版 First edition", live);
        Assert.DoesNotContain("<script>alert(1)", live);

        await SaveAsync(owner, "spring-sale", RichText("第二版 Second edition"), first);
        Assert.Contains("第一版", await host.Anonymous().GetStringAsync(shop));
        await owner.PostAsync($"/{Tenant}/api/merchant/shop/pages/spring-sale/publish", null);
        Assert.Contains("第二版", await host.Anonymous().GetStringAsync(shop));

        var restored = await owner.PostAsync($"/{Tenant}/api/merchant/shop/pages/spring-sale/versions/1/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(3, (await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Contains("第一版", await host.Anonymous().GetStringAsync(shop));
        var versions = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/pages/spring-sale/versions");
        Assert.Equal([3, 2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(1, versions[0].GetProperty("restoredFrom").GetInt32());
        await ProblemAssert.IsProblemAsync(await owner.PostAsync($"/{Tenant}/api/merchant/shop/pages/spring-sale/versions/9/restore", null), HttpStatusCode.NotFound);

        // An editor who started from an old revision does not overwrite a newer save.
        var stale = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/shop/pages/spring-sale/draft", new { blocks = new[] { RichText("late") }, revision = first });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.Conflict), "revision");
    }

    [Fact]
    public async Task A_merchant_decorates_only_their_own_shop_and_staff_need_the_permission()
    {
        var fasteners = await FastenersAsync();
        var tools = await host.InvitedAsync(Tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        await SaveAsync(fasteners, "only-mine", RichText("紧固件专属"));
        var theirs = await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/pages/only-mine/draft");
        Assert.Equal(0, theirs.GetProperty("blocks").GetArrayLength());
        await ProblemAssert.IsProblemAsync(await tools.PostAsync($"/{Tenant}/api/merchant/shop/pages/only-mine/publish", null), HttpStatusCode.NotFound);
        var toolsShop = await MerchantIdAsync("91440300MA5F6G7H8B");
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync($"/{Tenant}/shops/{toolsShop}/only-mine")).StatusCode);

        var finance = await host.InvitedAsync(Tenant, "finance@fasteners.example.cn", "Finance-Pass-2026");
        var denied = await ProblemAssert.IsProblemAsync(await finance.GetAsync($"/{Tenant}/api/merchant/shop/pages"), HttpStatusCode.Forbidden);
        Assert.Contains("shop.decorate", denied.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync($"/{Tenant}/api/merchant/shop/pages")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fasteners.GetAsync($"/{Tenant}/api/admin/home/draft")).StatusCode);
    }

    [Fact]
    public async Task The_operator_composes_the_marketplace_home_with_its_own_blocks()
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var refused = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/home/draft", new { blocks = new object[] { new { type = "certifications", settings = new { } } } });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest), "blocks[0].type");
        var saved = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/home/draft", new
        {
            title = "首页",
            blocks = new object[] { RichText("运营公告 Operator notice"), new { type = "merchant-list", settings = new { title = "Suppliers", count = 4 } } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{Tenant}/api/admin/home/publish", null)).StatusCode);
        var home = await host.Anonymous().GetStringAsync($"/{Tenant}/");
        Assert.Contains("运营公告 Operator notice", home);
        Assert.DoesNotContain("block-banner-carousel", home);
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/pages/home/versions");
        Assert.True(versions.GetArrayLength() >= 2);
        var back = await admin.PostAsync($"/{Tenant}/api/admin/home/versions/1/restore", null);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("block-banner-carousel", await host.Anonymous().GetStringAsync($"/{Tenant}/"));
    }

    [Fact]
    public async Task A_buyer_sends_an_inquiry_from_a_shop_and_only_that_shop_reads_it()
    {
        var fastenersId = await MerchantIdAsync("91330110MA2B3C4D56");
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "赵工", ["company"] = "宁波模具厂", ["contact"] = "13600000000", ["message"] = "M12 螺栓 2000 件，下周交货", ["back"] = $"/shops/{fastenersId}",
        });
        var sent = await host.Anonymous().PostAsync($"/{Tenant}/shops/{fastenersId}/inquiries", form);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var empty = await host.Anonymous().PostAsync($"/{Tenant}/shops/{fastenersId}/inquiries", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Message is required", await empty.Content.ReadAsStringAsync());

        var mine = await (await FastenersAsync()).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/inquiries");
        Assert.Contains(mine.EnumerateArray(), i => i.GetProperty("company").GetString() == "宁波模具厂");
        var tools = await host.InvitedAsync(Tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        var theirs = await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/inquiries");
        Assert.DoesNotContain(theirs.EnumerateArray(), i => i.GetProperty("company").GetString() == "宁波模具厂");
    }

    [Fact]
    public async Task A_merchant_uploads_shop_images_checked_by_content_and_sees_only_their_own()
    {
        var owner = await FastenersAsync();
        using var png = new ImageMagick.MagickImage(ImageMagick.MagickColors.Teal, 1200, 400) { Format = ImageMagick.MagickFormat.Png };
        var uploaded = await owner.PostAsync($"/{Tenant}/api/merchant/shop/images", File(png.ToByteArray(), "banner.png"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var url = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.Equal("image/png", (await host.Anonymous().GetAsync($"/{Tenant}{url}")).Content.Headers.ContentType?.MediaType);
        Assert.Contains(url, (await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/images")).EnumerateArray().Select(u => u.GetString()));

        var svg = await owner.PostAsync($"/{Tenant}/api/merchant/shop/images", File("<svg onload='alert(1)'/>"u8.ToArray(), "x.png"));
        Assert.Contains("PNG, JPEG, WebP or GIF", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(svg, HttpStatusCode.BadRequest), "file"));

        var tools = await host.InvitedAsync(Tenant, "owner@tools.example.cn", "Tools-Pass-2026");
        Assert.DoesNotContain(url, (await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/shop/images")).EnumerateArray().Select(u => u.GetString()));
        await ProblemAssert.IsProblemAsync(await tools.DeleteAsync($"/{Tenant}/api/merchant/shop/images/{Path.GetFileName(url)}"), HttpStatusCode.NotFound);

        await SaveAsync(owner, "gallery", new { type = "image-text", settings = new { image = url, title = "上传的图片", alt = "青色横幅" } });
        await owner.PostAsync($"/{Tenant}/api/merchant/shop/pages/gallery/publish", null);
        Assert.Contains($"/{Tenant}{url}", await host.Anonymous().GetStringAsync($"/{Tenant}/shops/{await MerchantIdAsync("91330110MA2B3C4D56")}/gallery"));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/{Tenant}/api/merchant/shop/images/{Path.GetFileName(url)}")).StatusCode);
    }

    private static MultipartFormDataContent File(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task A_theme_or_tenant_restyles_a_block_and_a_broken_block_view_breaks_only_that_block()
    {
        await host.LaunchAsync("decor-views", "industrial-mro");
        await host.TenantSqlAsync("decor-views", "INSERT INTO TemplateOverrides (View, Source, UpdatedUtc) VALUES " +
            "('BlockMerchantList', '<section class=\"block my-suppliers\">{% for shop in block.data %}<b>{{ shop.name }}</b>{% endfor %}</section>', '2026-11-27'), " +
            "('BlockCategoryNav', '<nav>{% for c in %}</nav>', '2026-11-27')");
        await host.Services.GetRequiredService<SaaS.Tenancy.TenantCatalog>().BumpVersionAsync("decor-views", CancellationToken.None);

        var response = await host.Anonymous().GetAsync("/decor-views/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<section class=\"block my-suppliers\"><b>", html);
        Assert.Contains("decor-views: BlockCategoryNav (override)", html);
        Assert.Contains("block-banner-carousel", html);
        Assert.Contains("block-product-grid", html);
        Assert.Contains("block-category-nav", await host.Anonymous().GetStringAsync($"/{Tenant}/"));
    }

    private static object RichText(string html) => new { type = "rich-text", settings = new { html = $"<p>{html}</p>" } };

    private async Task<int> SaveAsync(HttpClient owner, string page, object block, int? revision = null)
    {
        var saved = await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/shop/pages/{page}/draft", new { blocks = new[] { block }, revision });
        var body = await saved.Content.ReadAsStringAsync();
        Assert.True(saved.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("revision").GetInt32();
    }

    private async Task<string> MerchantIdAsync(string creditCode)
    {
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        return (await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/merchants?q={creditCode}"))[0].GetProperty("id").GetString()!;
    }

    private Task<HttpClient> FastenersAsync() => host.InvitedAsync(Tenant, "owner@fasteners.example.cn", "Owner-Pass-2026");
}
