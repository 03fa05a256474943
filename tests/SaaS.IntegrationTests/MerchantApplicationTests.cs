using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Merchant onboarding through the API: apply, review, approve or reject, and the walls around it.</summary>
public sealed class MerchantApplicationTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", "mall"))) return;
        await host.LaunchAsync("mall", "industrial-mro");
        await host.LaunchAsync("mall-b", "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_applicant_is_approved_and_its_owner_signs_in_as_a_merchant()
    {
        var id = await ApplyAsync("91330100716105852F", "owner@alibaba-mro.cn");
        var admin = await AdminAsync("mall");

        var pending = await admin.GetFromJsonAsync<JsonElement>("/mall/api/admin/merchant-applications?status=Submitted");
        Assert.Contains(pending.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        var licence = await admin.GetAsync($"/mall/api/admin/merchant-applications/{id}/licence");
        Assert.Equal("application/pdf", licence.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await licence.Content.ReadAsByteArrayAsync());

        var approved = await admin.PostAsync($"/mall/api/admin/merchant-applications/{id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var again = await admin.PostAsync($"/mall/api/admin/merchant-applications/{id}/approve", null);
        Assert.Contains("Approved", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict), "status"));

        var directory = await host.Anonymous().GetFromJsonAsync<JsonElement>("/mall/api/merchants");
        Assert.Contains(directory.EnumerateArray(), m => m.GetProperty("name").GetString() == "深圳精密工具有限公司"); // from the recipe
        var listed = directory.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "杭州工品供应链有限公司");
        Assert.False(listed.TryGetProperty("creditCode", out _));

        var code = host.CodeMailedTo("mall", "owner@alibaba-mro.cn");
        var reset = await host.Anonymous().PostAsJsonAsync("/mall/api/identity/resetPassword", new { email = "owner@alibaba-mro.cn", resetCode = code, newPassword = "Owner-Pass-2026" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var owner = host.WithToken(await host.LoginAsync("/mall", "owner@alibaba-mro.cn", "Owner-Pass-2026"));
        Assert.Equal(["Merchant"], (await owner.GetFromJsonAsync<JsonElement>("/mall/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/mall/api/admin/merchant-applications")).StatusCode);
        var profile = await owner.GetFromJsonAsync<JsonElement>("/mall/api/merchant/profile");
        Assert.Equal("91330100716105852F", profile.GetProperty("creditCode").GetString());
        Assert.True(profile.GetProperty("isOwner").GetBoolean());
        var admin2 = await AdminAsync("mall");
        await ProblemAssert.IsProblemAsync(await admin2.GetAsync("/mall/api/merchant/profile"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_fields_and_files_are_refused_by_name_and_nothing_is_saved()
    {
        var before = Directory.Exists(ApplicationsFolder) ? Directory.GetDirectories(ApplicationsFolder).Length : 0;
        var response = await host.Anonymous().PostAsync("/mall/api/merchant-applications",
            Form("91330100716105852E", "x@y.cn", mobile: "12345", licence: ("licence.pdf", "application/pdf", Encoding.UTF8.GetBytes("<html>not a pdf</html>"))));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("check character", ProblemAssert.FieldErrors(problem, "creditCode"));
        Assert.Contains("PDF, PNG or JPEG", ProblemAssert.FieldErrors(problem, "licence"));
        Assert.Contains("mobile", ProblemAssert.FieldErrors(problem, "mobile"));

        var empty = await host.Anonymous().PostAsync("/mall/api/merchant-applications",
            Form("91440300708461136T", "x@y.cn", licence: ("licence.pdf", "application/pdf", [])));
        Assert.Contains("Upload the business licence", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(empty, HttpStatusCode.BadRequest), "licence"));
        Assert.Equal(before, Directory.Exists(ApplicationsFolder) ? Directory.GetDirectories(ApplicationsFolder).Length : 0);
    }

    [Fact]
    public async Task A_credit_code_in_use_is_409_until_its_application_is_rejected()
    {
        var id = await ApplyAsync("91110000600037341L", "first@nestle-mro.cn");
        var duplicate = await host.Anonymous().PostAsync("/mall/api/merchant-applications", Form("91110000600037341L", "second@nestle-mro.cn"));
        Assert.Contains("91110000600037341L", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(duplicate, HttpStatusCode.Conflict), "creditCode"));

        var admin = await AdminAsync("mall");
        var noReason = await admin.PostAsJsonAsync($"/mall/api/admin/merchant-applications/{id}/reject", new { reason = " " });
        await ProblemAssert.IsProblemAsync(noReason, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/mall/api/admin/merchant-applications/{id}/reject", new { reason = "营业执照已过期" })).StatusCode);
        var rejected = await admin.GetFromJsonAsync<JsonElement>($"/mall/api/admin/merchant-applications/{id}");
        Assert.Equal("营业执照已过期", rejected.GetProperty("application").GetProperty("rejectionReason").GetString());
        var audit = await admin.GetFromJsonAsync<JsonElement>("/mall/api/admin/audit?q=91110000600037341L");
        var entry = audit.EnumerateArray().Single();
        Assert.Equal("merchant-application.rejected", entry.GetProperty("action").GetString());
        Assert.Equal("admin@example.com", entry.GetProperty("actor").GetString());
        Assert.Equal("Submitted", entry.GetProperty("before").GetString());
        Assert.Equal("Rejected: 营业执照已过期", entry.GetProperty("after").GetString());

        await ApplyAsync("91110000600037341L", "second@nestle-mro.cn");
    }

    [Fact]
    public async Task The_recipe_seeds_sample_merchants_whose_codes_cannot_be_taken_again()
    {
        var taken = await host.Anonymous().PostAsync("/mall/api/merchant-applications", Form("91330110MA2B3C4D56", "copycat@fasteners.cn"));
        await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict);
        Assert.Contains(Directory.GetFiles(Path.Combine(host.AppData, "Sites", "mall", "Mail"), "*.eml").Select(File.ReadAllText),
            m => m.Contains("To: owner@tools.example.cn"));
    }

    [Fact]
    public async Task Applications_stay_inside_their_marketplace()
    {
        var id = await ApplyAsync("914403001922038216", "owner@huawei-mro.cn");
        var otherAdmin = await AdminAsync("mall-b");

        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/mall-b/api/admin/merchant-applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"/mall-b/api/admin/merchant-applications/{id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/mall/api/admin/merchant-applications")).StatusCode);
        // The same enterprise may apply to another marketplace: credit codes are unique per marketplace.
        await ApplyAsync("914403001922038216", "owner@huawei-mro.cn", tenant: "mall-b");
    }

    [Fact]
    public async Task A_buyer_who_applies_with_their_account_email_becomes_the_owner_and_keeps_their_password()
    {
        await host.Anonymous().PostAsJsonAsync("/mall/api/identity/register", new { email = "buyer-turned-seller@plant.cn", password = "Buyer-Pass-2026" });
        var id = await ApplyAsync("91330106MA27XK0B3" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91330106MA27XK0B3"), "buyer-turned-seller@plant.cn");
        var admin = await AdminAsync("mall");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/mall/api/admin/merchant-applications/{id}/approve", null)).StatusCode);
        Assert.Contains("Sign in at http://localhost/mall/account/login with your usual password", host.MailTo("mall", "buyer-turned-seller@plant.cn"));

        var owner = host.WithToken(await host.LoginAsync("/mall", "buyer-turned-seller@plant.cn", "Buyer-Pass-2026"));
        Assert.Equal(["Buyer", "Merchant"], (await owner.GetFromJsonAsync<JsonElement>("/mall/api/me")).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.True((await owner.GetFromJsonAsync<JsonElement>("/mall/api/merchant/profile")).GetProperty("isOwner").GetBoolean());
    }

    [Fact]
    public async Task An_application_naming_another_merchants_owner_cannot_be_approved_and_leaves_nothing_behind()
    {
        var id = await ApplyAsync("91330106MA27XK1C5" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91330106MA27XK1C5"), "owner@tools.example.cn");
        var admin = await AdminAsync("mall");
        var refused = await admin.PostAsync($"/mall/api/admin/merchant-applications/{id}/approve", null);
        Assert.Contains("already acts for a merchant", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict), "email"));
        var application = await admin.GetFromJsonAsync<JsonElement>($"/mall/api/admin/merchant-applications/{id}");
        Assert.Equal("Submitted", application.GetProperty("application").GetProperty("status").GetString());
        var merchants = await admin.GetFromJsonAsync<JsonElement>("/mall/api/admin/merchants");
        Assert.DoesNotContain(merchants.EnumerateArray(), m => m.GetProperty("creditCode").GetString()!.StartsWith("91330106MA27XK1C", StringComparison.Ordinal));
        var audit = await admin.GetFromJsonAsync<JsonElement>("/mall/api/admin/audit?q=owner@tools.example.cn");
        Assert.DoesNotContain(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "user.roles-granted");
    }

    [Fact]
    public async Task A_draft_keeps_what_is_filled_in_answers_only_to_its_link_and_is_submitted_later()
    {
        var creditCode = "91330106MA27XK2D7" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91330106MA27XK2D7");
        var anonymous = host.Anonymous();
        var badMobile = await anonymous.PostAsync("/mall/api/merchant-applications", Fields(("draft", "true"), ("email", "draft@steel.cn"), ("mobile", "12345")));
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(badMobile, HttpStatusCode.BadRequest), "mobile");

        var saved = await anonymous.PostAsync("/mall/api/merchant-applications", Fields(("draft", "true"), ("email", "draft@steel.cn"), ("legalName", "宁波钢材贸易有限公司"), ("creditCode", creditCode)));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var draft = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        var id = draft.GetProperty("id").GetString();
        var token = draft.GetProperty("resumeToken").GetString()!;
        Assert.Contains($"/mall/merchants/apply/{id}?token={token}", host.MailTo("mall", "draft@steel.cn"));
        var page = await anonymous.GetStringAsync($"/mall/merchants/apply/{id}?token={token}");
        Assert.Contains("宁波钢材贸易有限公司", page);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/mall/merchants/apply/{id}?token=guess")).StatusCode);
        var stolen = await anonymous.PostAsync("/mall/api/merchant-applications", Fields(("draft", "true"), ("email", "thief@steel.cn"), ("draftId", id!), ("draftToken", "guess")));
        await ProblemAssert.IsProblemAsync(stolen, HttpStatusCode.NotFound);

        var admin = await AdminAsync("mall");
        var drafts = await admin.GetFromJsonAsync<JsonElement>("/mall/api/admin/merchant-applications?status=Draft");
        Assert.Contains(drafts.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        await ProblemAssert.IsProblemAsync(await admin.PostAsync($"/mall/api/admin/merchant-applications/{id}/approve", null), HttpStatusCode.Conflict);

        var noLicence = Form(creditCode, "draft@steel.cn", licence: ("empty.pdf", "application/pdf", []));
        noLicence.Add(new StringContent(id!), "draftId");
        noLicence.Add(new StringContent(token), "draftToken");
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(await anonymous.PostAsync("/mall/api/merchant-applications", noLicence), HttpStatusCode.BadRequest), "licence");

        var complete = Form(creditCode, "draft@steel.cn");
        complete.Add(new StringContent(id!), "draftId");
        complete.Add(new StringContent(token), "draftToken");
        var submitted = await anonymous.PostAsync("/mall/api/merchant-applications", complete);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("Submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(Directory.GetFiles(Path.Combine(ApplicationsFolder, Guid.Parse(id!).ToString("N"))));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/mall/merchants/apply/{id}?token={token}")).StatusCode);
    }

    [Fact]
    public async Task Approved_merchants_have_a_shop_and_are_listed_by_category_while_active()
    {
        var anonymous = host.Anonymous();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Contains("href=\"/mall-b/merchants\"", await anonymous.GetStringAsync("/mall-b/"));
        await host.LaunchAsync("no-merchants", "blank");
        Assert.DoesNotContain("/no-merchants/merchants", await anonymous.GetStringAsync("/no-merchants/"));
        var directory = await anonymous.GetStringAsync("/mall-b/merchants");
        Assert.Contains("杭州紧固件供应链有限公司", directory);
        Assert.Contains("深圳精密工具有限公司", directory);
        var tools = await anonymous.GetStringAsync("/mall-b/merchants?category=" + Uri.EscapeDataString("量具"));
        Assert.DoesNotContain("杭州紧固件供应链有限公司", tools);
        Assert.Contains("深圳精密工具有限公司", tools);

        var admin = await AdminAsync("mall-b");
        var merchant = (await admin.GetFromJsonAsync<JsonElement>("/mall-b/api/admin/merchants?q=91440300MA5F6G7H8B"))[0].GetProperty("id").GetString();
        var shop = await anonymous.GetStringAsync($"/mall-b/shops/{merchant}");
        Assert.Contains("广东省深圳市宝安区", shop);
        Assert.DoesNotContain("福永街道", shop);
        await admin.PostAsJsonAsync($"/mall-b/api/admin/merchants/{merchant}/suspend", new { reason = "证照到期" });
        Assert.Contains("shop-closed", await anonymous.GetStringAsync($"/mall-b/shops/{merchant}"));
        Assert.DoesNotContain("深圳精密工具有限公司", await anonymous.GetStringAsync("/mall-b/merchants"));
        await admin.PostAsync($"/mall-b/api/admin/merchants/{merchant}/reinstate", null);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/mall-b/shops/{Guid.NewGuid()}")).StatusCode);
    }

    private static MultipartFormDataContent Fields(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    private string ApplicationsFolder => Path.Combine(host.AppData, "Sites", "mall", "Merchants", "Applications");

    private async Task<HttpClient> AdminAsync(string tenant) => host.WithToken(await host.LoginAsync($"/{tenant}", "admin@example.com"));

    private async Task<string> ApplyAsync(string creditCode, string email, string tenant = "mall")
    {
        var response = await host.Anonymous().PostAsync($"/{tenant}/api/merchant-applications", Form(creditCode, email));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal("Submitted", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetString()!;
    }

    private static MultipartFormDataContent Form(string creditCode, string email, string mobile = "13800138000", (string Name, string Type, byte[] Bytes)? licence = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("杭州工品供应链有限公司"), "legalName" },
            { new StringContent(creditCode), "creditCode" },
            { new StringContent("张伟"), "legalRepresentative" },
            { new StringContent("李娜"), "contactName" },
            { new StringContent(mobile), "mobile" },
            { new StringContent(email), "email" },
            { new StringContent("浙江省杭州市余杭区文一西路969号"), "address" },
            { new StringContent("紧固件,轴承,劳保用品"), "categories" },
        };
        var (name, type, bytes) = licence ?? ("licence.pdf", "application/pdf", Pdf);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        form.Add(file, "licence", name);
        return form;
    }
}
