using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Testing;
using SaaS.Tenancy;

namespace SaaS.IntegrationTests;

public sealed class StorefrontThemeTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task The_home_page_renders_in_the_tenant_theme_and_language_with_versioned_assets()
    {
        await host.LaunchAsync("themed", "industrial-mro", new { siteName = "紧固件商城" });

        var html = await host.Anonymous().GetStringAsync("/themed/");

        Assert.Contains("<title>紧固件商城</title>", html);
        Assert.Contains("欢迎光临 紧固件商城", html);
        Assert.Contains("输入型号、品牌或关键词", html);
        Assert.Contains("href=\"/themes/Industrial/1.0.0/theme.css\"", html);
        Assert.Contains("href=\"/themed/account/login\"", html);
        Assert.DoesNotContain("template-error", html);

        var css = await host.Anonymous().GetAsync("/themes/Industrial/1.0.0/theme.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), css.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/themes/Industrial/1.0.0/..%2Ftheme.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Anonymous().GetAsync("/themes/Industrial/1.0.0/")).StatusCode);
    }

    [Fact]
    public async Task A_derived_theme_brings_its_own_layout_and_reuses_its_base_theme_assets()
    {
        await host.LaunchAsync("clinic");
        var admin = host.WithToken(await host.LoginAsync("/clinic", "admin@example.com"));
        Assert.Contains("theme-industrial", await host.Anonymous().GetStringAsync("/clinic/"));

        var activated = await admin.PostAsync("/clinic/api/admin/themes/Clinical/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var choices = await activated.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(choices.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Clinical").GetProperty("active").GetBoolean());
        await ProblemAssert.IsProblemAsync(await admin.PostAsync("/clinic/api/admin/themes/Neon/activate", null), HttpStatusCode.NotFound);

        var html = await host.Anonymous().GetStringAsync("/clinic/");

        Assert.Contains("class=\"theme-clinical\"", html);
        Assert.Contains("搜索药品、器械或批准文号", html);
        Assert.Contains("资质齐全的供应商", html); // the module's Home view, translated by the Clinical theme
        Assert.Contains("href=\"/themes/Industrial/1.0.0/theme.css\"", html);
        Assert.Contains("href=\"/themes/Clinical/1.0.0/clinical.css\"", html);
    }

    [Fact]
    public async Task A_tenant_override_wins_over_the_theme_for_that_tenant_only()
    {
        await host.LaunchAsync("overridden");
        await host.LaunchAsync("untouched");
        await host.TenantSqlAsync("overridden", "INSERT INTO TemplateOverrides (View, Source, UpdatedUtc) VALUES ('Home', '<p class=\"custom\">{{ site.name | upcase }} · {{ 88888.5 | money }}</p>{{ \"/x.png?a=1&b=2\" | image_tag: \"<Brand>\", 120, 40 }}', '2026-11-26')");
        await Catalog.BumpVersionAsync("overridden", CancellationToken.None);

        var html = await host.Anonymous().GetStringAsync("/overridden/");

        Assert.Contains("<p class=\"custom\">NEW MARKETPLACE · ¥88,888.50</p>", html);
        Assert.Contains("<img src=\"/x.png?a=1&amp;b=2\" alt=\"&lt;Brand&gt;\" loading=\"lazy\" decoding=\"async\" width=\"120\" height=\"40\">", html);
        Assert.Contains("class=\"site-header\"", html); // still inside the theme's layout
        Assert.DoesNotContain("custom", await host.Anonymous().GetStringAsync("/untouched/"));
    }

    [Fact]
    public async Task A_broken_template_shows_an_error_block_with_its_position_not_a_500()
    {
        await host.LaunchAsync("broken-tpl");
        await host.TenantSqlAsync("broken-tpl", "INSERT INTO TemplateOverrides (View, Source, UpdatedUtc) VALUES ('Home', '<p>{% for item in %}</p>', '2026-11-26')");
        await Catalog.BumpVersionAsync("broken-tpl", CancellationToken.None);

        var response = await host.Anonymous().GetAsync("/broken-tpl/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"template-error\"", html);
        Assert.Contains("broken-tpl: Home (override)", html);
        Assert.Matches(@"\(\d+:\d+\)", html);
        Assert.Contains("class=\"site-header\"", html);
    }

    [Fact]
    public async Task Unknown_pages_get_the_themed_404_and_unknown_api_calls_problem_details()
    {
        await host.LaunchAsync("lost");
        var request = new HttpRequestMessage(HttpMethod.Get, "/lost/no/such/page");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var page = await host.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.Contains("class=\"site-header\"", html);
        await ProblemAssert.IsProblemAsync(await host.Anonymous().GetAsync("/lost/api/nothing"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_theme_recipe_step_refuses_unknown_themes()
    {
        File.WriteAllText(Path.Combine(host.RecipesFolder, "bad-theme.recipe.json"), """
            { "name": "bad-theme", "steps": [ { "name": "theme", "theme": "Neon" } ] }
            """);
        var response = await host.Operator().PostAsJsonAsync("/api/tenants", new { name = "neon", recipe = "bad-theme", adminEmail = "a@b.cn", adminPassword = SaaSHost.AdminPassword });
        var problem = await ProblemAssert.IsProblemAsync(response, (HttpStatusCode)422);
        Assert.Contains("Unknown theme 'Neon'", ProblemAssert.FieldErrors(problem, "$.steps[0].theme"));
    }

    private TenantCatalog Catalog => host.Services.GetRequiredService<TenantCatalog>();

}
