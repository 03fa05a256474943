using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Buyer companies: registration, members by invitation, and walls between companies.</summary>
public sealed class CompanyTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(host.AppData, "Sites", "buyers"))) await host.LaunchAsync("buyers", "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_buyer_registers_a_company_invites_members_and_only_members_see_it()
    {
        var founder = await BuyerAsync("founder@plant-a.cn");
        var created = await founder.PostAsJsonAsync("/buyers/api/companies", new { name = "苏州精工制造有限公司", creditCode = "91320500MA1M2N3P4" + Check("91320500MA1M2N3P4") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var companyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var invited = await founder.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "buyer@plant-a.cn", role = "Purchaser" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var mine = await founder.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine");
        Assert.Equal(["buyer@plant-a.cn:Purchaser", "founder@plant-a.cn:Admin"],
            mine.GetProperty("members").EnumerateArray().Select(m => $"{m.GetProperty("email").GetString()}:{m.GetProperty("role").GetString()}"));

        var outsider = await BuyerAsync("outsider@plant-b.cn");
        await ProblemAssert.IsProblemAsync(await outsider.GetAsync("/buyers/api/companies/mine"), HttpStatusCode.NotFound);
        var intrusion = await outsider.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "spy@plant-b.cn", role = "Admin" });
        await ProblemAssert.IsProblemAsync(intrusion, HttpStatusCode.NotFound);

        var purchaser = await MemberAsync("buyer@plant-a.cn", "Purchaser-Pass-2026");
        Assert.Equal("苏州精工制造有限公司", (await purchaser.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine")).GetProperty("name").GetString());
        var notAdmin = await purchaser.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "friend@plant-a.cn", role = "Admin" });
        await ProblemAssert.IsProblemAsync(notAdmin, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Invalid_codes_roles_and_second_companies_are_refused()
    {
        var buyer = await BuyerAsync("solo@plant-c.cn");
        var wrongCheck = Check("91320500MA1M2N3P4") == 'A' ? 'B' : 'A';
        var badCode = await buyer.PostAsJsonAsync("/buyers/api/companies", new { name = "X", creditCode = "91320500MA1M2N3P4" + wrongCheck });
        Assert.Contains("check character", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badCode, HttpStatusCode.BadRequest), "creditCode"));

        var body = "91320600MA9A8B7C6";
        var company = await buyer.PostAsJsonAsync("/buyers/api/companies", new { name = "南通纺织有限公司", creditCode = body + Check(body) });
        Assert.Equal(HttpStatusCode.Created, company.StatusCode);
        var id = (await company.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var second = await buyer.PostAsJsonAsync("/buyers/api/companies", new { name = "第二家", creditCode = "91330100716105852F" });
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict);
        var badRole = await buyer.PostAsJsonAsync($"/buyers/api/companies/{id}/members", new { email = "x@plant-c.cn", role = "Boss" });
        Assert.Contains("Purchaser, Approver, Finance, Admin", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badRole, HttpStatusCode.BadRequest), "role"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/buyers/api/companies/mine")).StatusCode);
    }

    [Fact]
    public async Task Address_book_and_invoice_titles_belong_to_the_company_and_follow_member_roles()
    {
        var admin = await BuyerAsync("admin@plant-d.cn");
        var body = "91320700MA3Q4R5T6";
        var created = await admin.PostAsJsonAsync("/buyers/api/companies", new { name = "连云港化工有限公司", creditCode = body + Check(body) });
        var companyId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await admin.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "finance@plant-d.cn", role = "Finance" });
        var finance = await MemberAsync("finance@plant-d.cn", "Finance-Pass-2026");

        var first = await admin.PostAsJsonAsync("/buyers/api/companies/mine/addresses",
            new { label = "一号仓", recipient = "孙工", phone = "13700001111", region = "江苏省连云港市", street = "化工园区纬一路8号", isDefault = false });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var addressId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var book = await finance.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/addresses");
        Assert.True(book.EnumerateArray().Single().GetProperty("isDefault").GetBoolean());

        var refused = await finance.PostAsJsonAsync("/buyers/api/companies/mine/addresses",
            new { label = "二号仓", recipient = "x", phone = "1", region = "x", street = "x", isDefault = false });
        Assert.Contains("Finance", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden), "role"));
        var missing = await admin.PostAsJsonAsync("/buyers/api/companies/mine/addresses", new { label = "", recipient = "x", phone = "1", region = "x", street = "x" });
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest);

        var badTaxId = await finance.PostAsJsonAsync("/buyers/api/companies/mine/invoice-titles",
            new { title = "连云港化工有限公司", taxId = "123", bank = "工商银行连云港分行", bankAccount = "1107020109000012345", address = "连云港市", phone = "0518-1234567" });
        Assert.Contains("18 characters", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badTaxId, HttpStatusCode.BadRequest), "taxId"));
        var invoice = await finance.PostAsJsonAsync("/buyers/api/companies/mine/invoice-titles",
            new { title = "连云港化工有限公司", taxId = body + Check(body), bank = "工商银行连云港分行", bankAccount = "1107020109000012345", address = "连云港市", phone = "0518-1234567" });
        Assert.Equal(HttpStatusCode.Created, invoice.StatusCode);

        var stranger = await BuyerAsync("stranger@plant-e.cn");
        var strangerBody = "91320800MA7U8W9X1";
        await stranger.PostAsJsonAsync("/buyers/api/companies", new { name = "淮安贸易有限公司", creditCode = strangerBody + Check(strangerBody) });
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/addresses")).EnumerateArray());
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/invoice-titles")).EnumerateArray());
        await ProblemAssert.IsProblemAsync(await stranger.DeleteAsync($"/buyers/api/companies/mine/addresses/{addressId}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/buyers/api/companies/mine/addresses/{addressId}")).StatusCode);
    }

    private async Task<HttpClient> BuyerAsync(string email)
    {
        await host.Anonymous().PostAsJsonAsync("/buyers/api/identity/register", new { email, password = "Buyer-Pass-2026" });
        return host.WithToken(await host.LoginAsync("/buyers", email, "Buyer-Pass-2026"));
    }

    /// <summary>An invited member sets a password from the mailed code, then signs in.</summary>
    private async Task<HttpClient> MemberAsync(string email, string password)
    {
        var code = host.CodeMailedTo("buyers", email);
        var reset = await host.Anonymous().PostAsJsonAsync("/buyers/api/identity/resetPassword", new { email, resetCode = code, newPassword = password });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        return host.WithToken(await host.LoginAsync("/buyers", email, password));
    }

    private static char Check(string body) => SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(body);
}
