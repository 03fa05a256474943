using Xunit;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Recipes;

namespace SaaS.Testing;

/// <summary>
/// The real host over a fresh App_Data folder of real SQLite files, with the shipped recipes plus the test
/// recipes of this project, and a test-only recipe step that fails on purpose.
/// </summary>
public sealed class SaaSHost : WebApplicationFactory<Program>
{
    public const string OperatorKey = "test-operator-key-0123456789";
    public const string AdminPassword = "Admin-Pass-2026";
    public const string OperatorEmail = "operator@example.com";
    public const string OperatorPassword = "Operator-Pass-2026";

    private readonly Dictionary<string, string?> settings;

    public SaaSHost() : this(null)
    {
    }

    private SaaSHost(IDictionary<string, string?>? overrides)
    {
        AppData = Path.Combine(Path.GetTempPath(), "saas-tests", Guid.NewGuid().ToString("N"));
        RecipesFolder = Path.Combine(AppData, "recipes-under-test");
        Directory.CreateDirectory(RecipesFolder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes"), "*.recipe.json")
                     .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Recipes"), "*.recipe.json")))
        {
            File.Copy(file, Path.Combine(RecipesFolder, Path.GetFileName(file)), overwrite: true);
        }
        settings = new Dictionary<string, string?>
        {
            ["SaaS:AppData"] = AppData,
            ["SaaS:RecipesPath"] = RecipesFolder,
            ["SaaS:OperatorApiKey"] = OperatorKey,
            ["SaaS:Operator:Email"] = OperatorEmail,
            ["SaaS:Operator:Password"] = OperatorPassword,
            ["SaaS:Demo"] = "false",
            ["SaaS:LoginPermitsPerMinute"] = "1000",
            ["SaaS:PostgresConnectionString"] = Environment.GetEnvironmentVariable("SAAS_TEST_POSTGRES"),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    // Tests of a class run one after another on their fixture's host, so a plain dictionary is safe.
    private readonly Dictionary<string, HttpClient> signedIn = [];

    public string AppData { get; }

    /// <summary>Runs SQL straight on a SQLite tenant's database file (what an operator or a crash could leave behind); rows changed.</summary>
    public async Task<int> TenantSqlAsync(string tenant, string sql)
    {
        await using var command = await TenantCommandAsync(tenant, sql);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first value a query on a SQLite tenant's database file returns.</summary>
    public async Task<object?> TenantScalarAsync(string tenant, string sql)
    {
        await using var command = await TenantCommandAsync(tenant, sql);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Every row a query on a SQLite tenant's database file returns, each as its column values.</summary>
    public async Task<IReadOnlyList<object[]>> TenantRowsAsync(string tenant, string sql)
    {
        await using var command = await TenantCommandAsync(tenant, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private async Task<Microsoft.Data.Sqlite.SqliteCommand> TenantCommandAsync(string tenant, string sql)
    {
        // Not pooled, so the file is closed again when the command is disposed.
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(AppData, "Sites", tenant, "tenant.db")};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Disposed += (_, _) => connection.Dispose();
        return command;
    }

    /// <summary>A host with some settings changed, e.g. a short idle timeout.</summary>
    public static SaaSHost With(IDictionary<string, string?> overrides) => new(overrides);

    /// <summary>
    /// Serves the host on a real Kestrel port on 127.0.0.1 (for browsers) and returns its address; the test
    /// server stays available through <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> too.
    /// </summary>
    public Uri StartOnRealPort()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    public string RecipesFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddRecipeStep<FailingStep>());
    }

    /// <summary>A client for the operator API.</summary>
    public HttpClient Operator()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperatorKey);
        return client;
    }

    public HttpClient Anonymous(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = new Uri(baseAddress) });

    public async Task<JsonElement> LaunchAsync(string name, string recipe = "blank", object? extra = null, string adminEmail = "admin@example.com")
    {
        var body = new Dictionary<string, object?> { ["name"] = name, ["recipe"] = recipe, ["adminEmail"] = adminEmail, ["adminPassword"] = AdminPassword };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject()) body[property.Name] = property.Value;
        }
        var response = await Operator().PostAsJsonAsync("/api/tenants", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"launch of {name} answered {response.StatusCode}: {json}");
        return json;
    }

    /// <summary>Launches <paramref name="name"/> unless an earlier test of the same host already did.</summary>
    public async Task EnsureLaunchedAsync(string name, string recipe)
    {
        if (!Directory.Exists(Path.Combine(AppData, "Sites", name))) await LaunchAsync(name, recipe);
    }

    /// <summary>Signs in through the tenant's JSON login and returns the bearer access token.</summary>
    public async Task<string> LoginAsync(string tenantPath, string email, string password = AdminPassword)
    {
        var response = await Anonymous().PostAsJsonAsync($"{tenantPath}/api/identity/login", new { email, password });
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"login at {tenantPath} answered {response.StatusCode}: {json}");
        return json.GetProperty("accessToken").GetString()!;
    }

    /// <summary>The one account e-mail (invitation, reset code) the tenant's pickup folder holds for <paramref name="email"/>; the messaging module's notifications, which carry an idempotency key, are not account e-mails.</summary>
    public string MailTo(string tenant, string email) =>
        Directory.GetFiles(Path.Combine(AppData, "Sites", tenant, "Mail"), "*.eml").Select(File.ReadAllText)
            .Where(m => !m.Contains("X-Idempotency-Key:", StringComparison.Ordinal))
            .Single(m => m.Contains($"To: {email}\r\n", StringComparison.Ordinal));

    /// <summary>The password-setting code of that e-mail (its last long line), as a person would copy it.</summary>
    public string CodeMailedTo(string tenant, string email) =>
        MailTo(tenant, email).Split("\r\n").Select(l => l.Trim()).Last(l => l.Length > 40);

    /// <summary>The invitation link of that e-mail: the one that carries the code.</summary>
    public string InvitationLinkTo(string tenant, string email) =>
        MailTo(tenant, email).Split("\r\n").Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal) && l.Contains("&code=", StringComparison.Ordinal));

    /// <summary>The client <paramref name="signIn"/> made for <paramref name="key"/>, made once per host.</summary>
    public async Task<HttpClient> SignedInAsync(string key, Func<Task<HttpClient>> signIn)
    {
        if (signedIn.TryGetValue(key, out var client)) return client;
        return signedIn[key] = await signIn();
    }

    /// <summary>An invited person, signed in once per host: an invitation code sets one password.</summary>
    public Task<HttpClient> InvitedAsync(string tenant, string email, string password) =>
        SignedInAsync($"{tenant}/{email}", () => AcceptInvitationAsync(tenant, email, password));

    /// <summary>The id of the category at <c>/c/{slug}</c>, found in the public tree.</summary>
    public async Task<Guid> CategoryIdAsync(string tenant, string slug)
    {
        var tree = await Anonymous().GetFromJsonAsync<JsonElement>($"/{tenant}/api/categories");
        static IEnumerable<JsonElement> All(JsonElement nodes) => nodes.EnumerateArray().SelectMany(n => All(n.GetProperty("children")).Prepend(n));
        return All(tree).Single(c => c.GetProperty("slug").GetString() == slug).GetProperty("id").GetGuid();
    }

    /// <summary>An invited person chooses a password with the mailed code, then signs in: a client with their token.</summary>
    public async Task<HttpClient> AcceptInvitationAsync(string tenant, string email, string password)
    {
        var reset = await Anonymous().PostAsJsonAsync($"/{tenant}/api/identity/resetPassword", new { email, resetCode = CodeMailedTo(tenant, email), newPassword = password });
        Assert.True(reset.IsSuccessStatusCode, await reset.Content.ReadAsStringAsync());
        return WithToken(await LoginAsync($"/{tenant}", email, password));
    }

    public HttpClient WithToken(string token, string baseAddress = "http://localhost")
    {
        var client = Anonymous(baseAddress);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection: the temp folder is cleaned by the OS.
        }
    }
}
