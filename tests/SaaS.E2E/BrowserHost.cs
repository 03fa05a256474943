using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SaaS.Testing;

namespace SaaS.E2E;

/// <summary>
/// One real host on a Kestrel port and one headless Debian Chromium, shared by every test of the collection
/// (each Playwright start costs a node process and a browser).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>An ordinary phone's screen width, which every storefront page must fit.</summary>
    public const int PhoneWidth = 390;

    /// <summary>
    /// Fields no label, aria-label or labelling element names, read from the DOM rather than Playwright's accessible
    /// name, which leaves out labels folded inside a closed disclosure.
    /// </summary>
    public const string UnlabelledFieldsScript = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(f =>
            ![...f.labels].some(l => l.textContent.trim())
            && !(f.getAttribute('aria-label') || '').trim()
            && !(f.getAttribute('aria-labelledby') || '').split(' ').some(id => document.getElementById(id)?.textContent.trim()))
          .map(f => f.outerHTML)
        """;

    private IPlaywright? playwright;

    // Messages are dispatched on a signal; the poll only picks up what a signal missed, so keep it short here.
    public BrowserHost() => Host = SaaSHost.With(new Dictionary<string, string?>
    {
        ["SaaS:Payments:StripeApiBase"] = Stripe.Url, ["SaaS:Messaging:PollInterval"] = "00:00:00.500",
    });

    /// <summary>The local stand-in for Stripe that card payments of every marketplace on this host talk to.</summary>
    public FakeStripe Stripe { get; } = new();

    public SaaSHost Host { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run the tests through ./test.sh, which installs Debian's chromium.");
        }
        BaseAddress = Host.StartOnRealPort();
        // URL and text expectations poll; give them the same patience as navigation on a loaded 2-core machine.
        Assertions.SetDefaultExpectTimeout(30_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
        Stripe.Dispose();
    }

    /// <summary><c>artifacts/screenshots</c> beside <c>SaaS.sln</c>, ignored by git: pictures of pages for a person to look at.</summary>
    public static string ScreenshotFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SaaS.sln"))) root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A fresh browser profile (cookies, storage) on the host's address.</summary>
    /// <param name="width">The screen's width (a phone at 390, say); Playwright's default desktop when null.</param>
    public async Task<IPage> NewPageAsync(int? width = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = "zh-CN",
            ViewportSize = width is { } w ? new ViewportSize { Width = w, Height = w > PhoneWidth ? 900 : 844 } : null,
        });
        // Two cores shared by the host, the test runner and Chromium: be patient with the first, cold requests.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>An HTTP client on the real port, for arranging what a test then looks at in the browser.</summary>
    public HttpClient Http(string? bearer = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public async Task LaunchAsync(string name, string recipe, string siteName)
    {
        var response = await Http(SaaSHost.OperatorKey).PostAsJsonAsync("/api/tenants", new
        {
            name, recipe, siteName, adminEmail = "admin@example.com", adminPassword = SaaSHost.AdminPassword,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Opens a page that needs signing in, signs in on the themed sign-in page it is sent to, and waits to be back
    /// on that page; if that does not happen, says where the browser is and what the page shows.
    /// </summary>
    public async Task<IPage> SignInAsync(string tenant, string email, string password, string path = "/admin", int? width = null)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync($"/{tenant}{path}");
        await page.GetByLabel("电子邮箱").FillAsync(email);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{tenant}{path}$"));
        }
        catch (PlaywrightException)
        {
            throw new Xunit.Sdk.XunitException($"Signing in as {email} did not return to {path}: the browser is at {page.Url} showing: {await page.Locator("main").InnerTextAsync()}");
        }
        return page;
    }

    /// <summary>
    /// An invited person (a merchant owner the recipe named) follows the mailed link, chooses a password, signs in on
    /// the page it leads to, and lands on their account page.
    /// </summary>
    public async Task<IPage> AcceptInvitationAsync(string tenant, string email, string password)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(Host.InvitationLinkTo(tenant, email));
        await page.GetByLabel("新密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "设置新密码" }).ClickAsync();
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/{tenant}/account$"));
        return page;
    }

    public async Task<string> AdminTokenAsync(string tenant)
    {
        var response = await Http().PostAsJsonAsync($"/{tenant}/api/identity/login", new { email = "admin@example.com", password = SaaSHost.AdminPassword });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
