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
        await host.EnsureLaunchedAsync("buyers", "industrial-mro");
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

        // A buyer who registered on their own joins with their account; one already in a company cannot be taken.
        var colleague = await BuyerAsync("colleague@plant-a.cn");
        Assert.Equal(HttpStatusCode.Created, (await founder.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "colleague@plant-a.cn", role = "Approver" })).StatusCode);
        Assert.Equal("苏州精工制造有限公司", (await colleague.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine")).GetProperty("name").GetString());
        var outsiderCompany = await outsider.PostAsJsonAsync("/buyers/api/companies", new { name = "镇江机械有限公司", creditCode = "91321100MA1X2Y3W4" + Check("91321100MA1X2Y3W4") });
        Assert.Equal(HttpStatusCode.Created, outsiderCompany.StatusCode);
        var taken = await founder.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "outsider@plant-b.cn", role = "Purchaser" });
        Assert.Contains("already acts for a company", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict), "email"));
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

    [Fact]
    public async Task Admins_change_roles_and_remove_members_but_the_last_admin_cannot_step_down()
    {
        var founder = await BuyerAsync("founder@plant-f.cn");
        var companyId = await founder.RegisterCompanyAsync("buyers", "无锡机电有限公司", "91320200MA1B2C3D4");
        var invited = await founder.PostAsJsonAsync($"/buyers/api/companies/{companyId}/members", new { email = "deputy@plant-f.cn", role = "Purchaser" });
        var deputyId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();
        var founderId = (await founder.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine")).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("email").GetString() == "founder@plant-f.cn").GetProperty("userId").GetString();

        var lastAdmin = await founder.PutAsJsonAsync($"/buyers/api/companies/mine/members/{founderId}/role", new { role = "Finance" });
        Assert.Contains("last admin", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(lastAdmin, HttpStatusCode.Conflict), "role"));
        await ProblemAssert.IsProblemAsync(await founder.DeleteAsync($"/buyers/api/companies/mine/members/{founderId}"), HttpStatusCode.Conflict);
        var badRole = await founder.PutAsJsonAsync($"/buyers/api/companies/mine/members/{deputyId}/role", new { role = "7" });
        await ProblemAssert.IsProblemAsync(badRole, HttpStatusCode.BadRequest);

        var promoted = await founder.PutAsJsonAsync($"/buyers/api/companies/mine/members/{deputyId}/role", new { role = "admin" });
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal("Admin", (await promoted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        var steppedDown = await founder.PutAsJsonAsync($"/buyers/api/companies/mine/members/{founderId}/role", new { role = "Finance" });
        Assert.Equal(HttpStatusCode.OK, steppedDown.StatusCode);
        // The founder is Finance now: no longer allowed to manage members.
        await ProblemAssert.IsProblemAsync(await founder.DeleteAsync($"/buyers/api/companies/mine/members/{deputyId}"), HttpStatusCode.Forbidden);

        var deputy = await MemberAsync("deputy@plant-f.cn", "Deputy-Pass-2026");
        Assert.Equal(HttpStatusCode.NoContent, (await deputy.DeleteAsync($"/buyers/api/companies/mine/members/{founderId}")).StatusCode);
        Assert.Equal(["deputy@plant-f.cn:Admin"], (await deputy.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine")).GetProperty("members")
            .EnumerateArray().Select(m => $"{m.GetProperty("email").GetString()}:{m.GetProperty("role").GetString()}"));
        await ProblemAssert.IsProblemAsync(await founder.GetAsync("/buyers/api/companies/mine"), HttpStatusCode.NotFound);

        var admin = host.WithToken(await host.LoginAsync("/buyers", "admin@example.com"));
        var audit = await admin.GetFromJsonAsync<JsonElement>("/buyers/api/admin/audit?q=founder@plant-f.cn");
        Assert.Equal(["company.member-removed:Finance->", "company.member-role-changed:Admin->Finance"],
            audit.EnumerateArray().Where(e => e.GetProperty("subject").GetString() == "founder@plant-f.cn")
                .Select(e => $"{e.GetProperty("action").GetString()}:{e.GetProperty("before").GetString()}->{e.GetProperty("after").GetString()}"));
    }

    [Fact]
    public async Task A_member_of_another_company_can_neither_change_its_members_nor_read_its_books()
    {
        var adminA = await BuyerAsync("admin@plant-g.cn");
        var companyA = await adminA.RegisterCompanyAsync("buyers", "常州轴承有限公司", "91320400MA5E6F7G8");
        await adminA.PostAsJsonAsync($"/buyers/api/companies/{companyA}/members", new { email = "buyer@plant-g.cn", role = "Purchaser" });
        await adminA.PostAsJsonAsync("/buyers/api/companies/mine/addresses",
            new { label = "常州总仓", recipient = "钱工", phone = "13900001111", region = "江苏省常州市", street = "武进区湖塘镇1号", isDefault = true });
        var body = "91320400MA5E6F7G8";
        await adminA.PostAsJsonAsync("/buyers/api/companies/mine/invoice-titles",
            new { title = "常州轴承有限公司", taxId = CompanyBuyers.CreditCode(body), bank = "农业银行常州分行", bankAccount = "6228480012345678", address = "常州市", phone = "0519-1234567" });
        var memberA = (await adminA.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine")).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("email").GetString() == "buyer@plant-g.cn").GetProperty("userId").GetString();

        var adminB = await BuyerAsync("admin@plant-h.cn");
        await adminB.RegisterCompanyAsync("buyers", "扬州阀门有限公司", "91321000MA7H8J9K1");
        var promote = await adminB.PutAsJsonAsync($"/buyers/api/companies/mine/members/{memberA}/role", new { role = "Admin" });
        await ProblemAssert.IsProblemAsync(promote, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await adminB.DeleteAsync($"/buyers/api/companies/mine/members/{memberA}"), HttpStatusCode.NotFound);
        Assert.Empty((await adminB.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/addresses")).EnumerateArray());
        Assert.Empty((await adminB.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/invoice-titles")).EnumerateArray());

        var unchanged = await adminA.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine");
        Assert.Equal("Purchaser", unchanged.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("userId").GetString() == memberA).GetProperty("role").GetString());
        Assert.Single((await adminA.GetFromJsonAsync<JsonElement>("/buyers/api/companies/mine/addresses")).EnumerateArray());
    }

    private Task<HttpClient> BuyerAsync(string email) => host.BuyerAsync("buyers", email);

    private Task<HttpClient> MemberAsync(string email, string password) => host.AcceptInvitationAsync("buyers", email, password);

    private static char Check(string body) => SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter(body);
}
