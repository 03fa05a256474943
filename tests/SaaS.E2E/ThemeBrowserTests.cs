using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SaaS.E2E;

/// <summary>
/// Each storefront theme on a phone and a desktop: nothing wider than the screen, every image described, every
/// field labelled, the keyboard's way in (skip link, focus ring) and filters folded away on the phone. Full-page
/// screenshots land in <c>artifacts/screenshots/</c> under the repository (not committed) for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeBrowserTests(BrowserHost browser, ITestOutputHelper output)
{
    private const int Desktop = 1280;
    private const int Phone = BrowserHost.PhoneWidth;

    public static TheoryData<string> Themes => ["Industrial", "Clinical", "Fresh"];

    // WCAG 2.2 wants a focus indicator at 3:1 against what surrounds it: the outline against the first opaque
    // background behind the element (a gradient counts as its first colour).
    private const string FocusRingScript = """
        () => {
          const el = document.activeElement, style = getComputedStyle(el);
          const rgb = text => (text.match(/rgba?\(([^)]+)\)/)?.[1] ?? '0,0,0,0').split(/[ ,\/]+/).map(Number);
          const linear = c => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
          let behind = [255, 255, 255];
          for (let e = el.parentElement; e; e = e.parentElement) {
            const s = getComputedStyle(e), colour = rgb(s.backgroundImage !== 'none' ? s.backgroundImage : s.backgroundColor);
            if (colour.length < 4 || colour[3] > 0.5) { behind = colour; break; }
          }
          const [a, b] = [luminance(rgb(style.outlineColor)), luminance(behind)];
          const contrast = style.outlineStyle === 'none' ? 1 : (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          return { element: el.outerHTML.slice(0, 80), contrast };
        }
        """;

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_theme_fits_phone_and_desktop_screens_with_described_images_and_labelled_fields(string theme)
    {
        var tenant = await LaunchInThemeAsync("e2e-look-", theme);
        var (productSlug, merchantId) = await ProductWithPhotosAsync(tenant);
        var pages = new (string Name, string Path)[]
        {
            ("home", "/"), ("category", "/c/bolts"), ("product", $"/p/{productSlug}"), ("search", "/search?q=螺栓"),
            ("merchants", "/merchants"), ("shop", $"/shops/{merchantId}"),
        };
        var folder = BrowserHost.ScreenshotFolder();

        foreach (var width in new[] { Desktop, Phone })
        {
            var page = await browser.NewPageAsync(width);
            foreach (var (name, path) in pages)
            {
                var response = await page.GotoAsync($"/{tenant}{path}");
                Assert.Equal(200, response!.Status);
                var where = $"{theme} {name} at {width}px";
                Assert.Equal("theme-" + theme.ToLowerInvariant(), (await page.Locator("body").GetAttributeAsync("class"))!.Split(' ')[0]);
                Assert.Equal(0, await page.Locator(".template-error").CountAsync());

                Assert.Equal(width, await page.EvaluateAsync<int>("() => window.innerWidth"));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{where}: the page is {overflow}px wider than the screen");
                Assert.Empty(await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('img:not([alt])')].map(i => i.outerHTML)"));
                Assert.Empty(await page.EvaluateAsync<string[]>(BrowserHost.UnlabelledFieldsScript));

                var file = Path.Combine(folder, $"{theme}-{name}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                output.WriteLine(file);
            }
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_keyboard_skips_to_the_content_and_the_phone_folds_the_filters_away(string theme)
    {
        var tenant = await LaunchInThemeAsync("e2e-keys-", theme);

        var desktop = await browser.NewPageAsync(Desktop);
        await desktop.GotoAsync($"/{tenant}/c/bolts");
        for (var stop = 0; stop < 16; stop++)
        {
            await desktop.Keyboard.PressAsync("Tab");
            var ring = await desktop.EvaluateAsync<JsonElement>(FocusRingScript);
            var contrast = ring.GetProperty("contrast").GetDouble();
            Assert.True(contrast >= 3, $"{theme}: the focus ring on {ring.GetProperty("element")} is {contrast:0.00}:1 against what is behind it");
        }
        await desktop.ReloadAsync();
        await desktop.Keyboard.PressAsync("Tab");
        var skip = desktop.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await desktop.Keyboard.PressAsync("Enter");
        await Assertions.Expect(desktop.Locator("main")).ToBeFocusedAsync();
        await desktop.Keyboard.PressAsync("Tab");
        Assert.Equal("首页", await desktop.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")); // the breadcrumbs' first link
        await Assertions.Expect(desktop.Locator(".category-facets")).ToBeVisibleAsync();
        await Assertions.Expect(desktop.Locator(".filters-disclosure > summary")).ToBeHiddenAsync();

        var phone = await browser.NewPageAsync(Phone);
        await phone.GotoAsync($"/{tenant}/c/bolts");
        await Assertions.Expect(phone.Locator(".category-facets")).ToBeHiddenAsync();
        await phone.GetByText("筛选", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(phone.Locator(".category-facets")).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "全部商品" }).ClickAsync();
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex($"/{tenant}/search$"));
        await Assertions.Expect(phone.GetByRole(AriaRole.Link, new() { Name = "全部商品" })).ToHaveAttributeAsync("aria-current", "page");
    }

    /// <summary>A marketplace from the MRO recipe, switched to <paramref name="theme"/> as its admin would.</summary>
    private async Task<string> LaunchInThemeAsync(string prefix, string theme)
    {
        var tenant = prefix + theme.ToLowerInvariant();
        await browser.LaunchAsync(tenant, "industrial-mro", "鲜采工品 Look");
        var activated = await browser.Http(await browser.AdminTokenAsync(tenant)).PostAsync($"/{tenant}/api/admin/themes/{theme}/activate", null);
        Assert.True(activated.IsSuccessStatusCode, await activated.Content.ReadAsStringAsync());
        return tenant;
    }

    /// <summary>The newest bolt, given two photos by its merchant so cards, gallery and thumbnails have images to check.</summary>
    private async Task<(string Slug, string MerchantId)> ProductWithPhotosAsync(string tenant)
    {
        var found = await browser.Http().GetFromJsonAsync<JsonElement>($"/{tenant}/api/search?category=bolts&sort=newest");
        var product = found.GetProperty("hits")[0];
        const string owner = "owner@fasteners.example.cn", password = "Fasteners-Pass-2026";
        var reset = await browser.Http().PostAsJsonAsync($"/{tenant}/api/identity/resetPassword",
            new { email = owner, resetCode = browser.Host.CodeMailedTo(tenant, owner), newPassword = password });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());
        var login = await browser.Http().PostAsJsonAsync($"/{tenant}/api/identity/login", new { email = owner, password });
        var merchant = browser.Http((await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        foreach (var colour in new[] { ImageMagick.MagickColors.ForestGreen, ImageMagick.MagickColors.Orange })
        {
            using var photo = new ImageMagick.MagickImage(colour, 600, 600) { Format = ImageMagick.MagickFormat.Png };
            using var form = new MultipartFormDataContent { { new ByteArrayContent(photo.ToByteArray()), "file", "photo.png" } };
            var uploaded = await merchant.PostAsync($"/{tenant}/api/merchant/products/{product.GetProperty("productId").GetString()}/images", form);
            Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        }
        return (product.GetProperty("slug").GetString()!, product.GetProperty("merchantId").GetString()!);
    }

}
