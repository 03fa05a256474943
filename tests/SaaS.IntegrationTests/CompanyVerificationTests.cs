using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;
using static SaaS.IntegrationTests.BrowserForms;

namespace SaaS.IntegrationTests;

/// <summary>The operator verifies buyer companies, or refuses with a reason the buyer reads; all of it audited.</summary>
public sealed class CompanyVerificationTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "verify";

    public async Task InitializeAsync()
    {
        await host.EnsureLaunchedAsync(Tenant, "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_operator_rejects_with_a_reason_then_verifies_and_each_decision_is_audited()
    {
        var buyer = await host.BuyerAsync(Tenant, "boss@plant-v.cn");
        var body = "91320100MA2X3Y4W5";
        var id = await buyer.RegisterCompanyAsync(Tenant, "南京仪表有限公司", body);
        var admin = await AdminAsync();

        var unverified = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies?status=Unverified");
        Assert.Contains(unverified.EnumerateArray(), c => c.GetProperty("id").GetString() == id);

        var noReason = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/companies/{id}/reject-verification", new { reason = " " });
        await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest);
        var rejected = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/companies/{id}/reject-verification", new { reason = "营业执照与企业名称不符" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var again = await admin.PostAsJsonAsync($"/{Tenant}/api/admin/companies/{id}/reject-verification", new { reason = "再次驳回" });
        Assert.Contains("already Rejected", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "status"));
        var mine = await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine");
        Assert.Equal("Rejected", mine.GetProperty("verificationStatus").GetString());
        Assert.Equal("营业执照与企业名称不符", mine.GetProperty("rejectionReason").GetString());

        var verified = await admin.PostAsync($"/{Tenant}/api/admin/companies/{id}/verify", null);
        var summary = await verified.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Verified", summary.GetProperty("verificationStatus").GetString());
        Assert.Equal("admin@example.com", summary.GetProperty("reviewedBy").GetString());
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"/{Tenant}/api/admin/companies/{id}/verify", null), HttpStatusCode.Conflict);
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies?status=Verified")).EnumerateArray(),
            c => c.GetProperty("id").GetString() == id);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies?status=Rejected")).EnumerateArray(),
            c => c.GetProperty("id").GetString() == id);
        Assert.Equal("Verified", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine")).GetProperty("verificationStatus").GetString());

        var audit = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/audit?q={CompanyBuyers.CreditCode(body)}");
        Assert.Equal(["company.verified:Rejected: 营业执照与企业名称不符->Verified", "company.verification-rejected:Unverified->Rejected: 营业执照与企业名称不符"],
            audit.EnumerateArray().Select(e => $"{e.GetProperty("action").GetString()}:{e.GetProperty("before").GetString()}->{e.GetProperty("after").GetString()}"));
    }

    [Fact]
    public async Task Buyers_may_not_use_the_operator_company_api()
    {
        var buyer = await host.BuyerAsync(Tenant, "sneaky@plant-w.cn");
        var id = await buyer.RegisterCompanyAsync(Tenant, "镇江船舶配件有限公司", "91321100MA3M4N5P6");

        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.GetAsync($"/{Tenant}/api/admin/companies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PostAsync($"/{Tenant}/api/admin/companies/{id}/verify", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await buyer.PutAsJsonAsync($"/{Tenant}/api/admin/companies/settings", new { requireVerification = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().PostAsync($"/{Tenant}/api/admin/companies/{id}/verify", null)).StatusCode);
        Assert.Equal("Unverified", (await buyer.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/companies/mine")).GetProperty("verificationStatus").GetString());
        await ProblemAssert.IsProblemAsync(await (await AdminAsync()).PostAsync($"/{Tenant}/api/admin/companies/{Guid.CreateVersion7()}/verify", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_verification_setting_is_changed_by_the_operator_or_a_recipe()
    {
        var admin = await AdminAsync();
        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies/settings")).GetProperty("requireVerification").GetBoolean());

        File.WriteAllText(Path.Combine(host.RecipesFolder, "strict-companies.recipe.json"), """
            { "name": "strict-companies", "isSetupRecipe": false, "steps": [ { "name": "companies-settings", "requireVerification": true } ] }
            """);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/{Tenant}/api/admin/recipes/strict-companies/run", null)).StatusCode);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies/settings")).GetProperty("requireVerification").GetBoolean());

        File.WriteAllText(Path.Combine(host.RecipesFolder, "vague-companies.recipe.json"), """
            { "name": "vague-companies", "isSetupRecipe": false, "steps": [ { "name": "companies-settings", "requireVerification": "yes" } ] }
            """);
        var vague = await admin.PostAsync($"/{Tenant}/api/admin/recipes/vague-companies/run", null);
        Assert.Contains("true or false", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(vague, (HttpStatusCode)422), "$.steps[0].requireVerification"));

        var off = await admin.PutAsJsonAsync($"/{Tenant}/api/admin/companies/settings", new { requireVerification = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/companies/settings")).GetProperty("requireVerification").GetBoolean());
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/audit?q=companies.settings-changed");
        Assert.Equal("True->False", audit.EnumerateArray().Select(e => $"{e.GetProperty("before").GetString()}->{e.GetProperty("after").GetString()}").First());
    }

    [Fact]
    public async Task On_the_admin_pages_a_rejection_without_reason_is_refused_next_to_the_field()
    {
        var buyer = await host.BuyerAsync(Tenant, "chen@plant-x.cn");
        var id = await buyer.RegisterCompanyAsync(Tenant, "盐城汽配有限公司", "91320900MA6R7T8U9");
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        await SubmitAsync(browser, $"/{Tenant}/account/login", $"/{Tenant}/account/login", new() { ["email"] = "admin@example.com", ["password"] = SaaSHost.AdminPassword });

        var list = await browser.GetStringAsync($"/{Tenant}/admin/companies?status=Unverified");
        Assert.Contains("盐城汽配有限公司", list);
        Assert.Contains("aria-current=\"page\">采购企业</a>", list);
        var refused = await SubmitAsync(browser, $"/{Tenant}/admin/companies/{id}", $"/{Tenant}/admin/companies/{id}/reject", new() { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id=\"reason-error\" class=\"field-error\"", await refused.Content.ReadAsStringAsync());

        var rejected = await SubmitAsync(browser, $"/{Tenant}/admin/companies/{id}", $"/{Tenant}/admin/companies/{id}/reject", new() { ["reason"] = "信用代码与名称不符" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("盐城汽配有限公司: Rejected.", await rejected.Content.ReadAsStringAsync());
        Assert.Contains("信用代码与名称不符", await browser.GetStringAsync($"/{Tenant}/admin/companies/{id}"));
    }


    private async Task<HttpClient> AdminAsync() => host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
}
