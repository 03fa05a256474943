using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Tenancy;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// What a marketplace asks of its merchants (industry licences, deposit, agreement) and the publishing gate that
/// enforces it: a merchant publishes only in good standing, and the operator's every decision is audited.
/// </summary>
public sealed class MerchantTermsTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    [Fact]
    public async Task A_pharma_merchant_publishes_only_with_licence_deposit_and_the_current_agreement()
    {
        await host.LaunchAsync("pharma", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/pharma", "admin@example.com"));
        var requirements = await admin.PutAsJsonAsync("/pharma/api/admin/merchant-requirements", new
        {
            licences = new[] { new { code = "drug-distribution", name = "药品经营许可证" } },
            defaultDeposit = 10000m,
            categoryDeposits = new Dictionary<string, decimal> { ["处方药"] = 50000m },
        });
        Assert.Equal(HttpStatusCode.OK, requirements.StatusCode);
        var v1 = await admin.PutAsJsonAsync("/pharma/api/admin/merchant-agreement", new { title = "药品商家协议", body = "第一版" });
        // The recipe published the marketplace's first text; the operator's edit is the next version.
        var first = (await v1.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();
        Assert.Equal(2, first);

        var missing = await host.Anonymous().PostAsync("/pharma/api/merchant-applications", Application(null, null));
        var problem = await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.Contains("药品经营许可证", ProblemAssert.FieldErrors(problem, "licences.drug-distribution.number"));
        ProblemAssert.FieldErrors(problem, "licences.drug-distribution.expiresOn");
        var expired = await host.Anonymous().PostAsync("/pharma/api/merchant-applications", Application("粤AA7550001", "2020-01-31"));
        Assert.Contains("expired on 2020-01-31", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(expired, HttpStatusCode.BadRequest), "licences.drug-distribution.expiresOn"));
        Assert.False(Directory.Exists(Path.Combine(host.AppData, "Sites", "pharma", "Merchants", "Applications")) &&
            Directory.EnumerateDirectories(Path.Combine(host.AppData, "Sites", "pharma", "Merchants", "Applications")).Any());

        var applied = await host.Anonymous().PostAsync("/pharma/api/merchant-applications", Application("粤AA7550001", "2031-06-30"));
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var review = await admin.GetFromJsonAsync<JsonElement>($"/pharma/api/admin/merchant-applications/{id}");
        Assert.Equal("粤AA7550001", review.GetProperty("licences")[0].GetProperty("number").GetString());
        var merchantId = (await (await admin.PostAsync($"/pharma/api/admin/merchant-applications/{id}/approve", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("merchantId").GetString();

        var owner = await host.AcceptInvitationAsync("pharma", "owner@kangda-pharma.cn", "Kangda-Pass-2026");
        Assert.Equal(["deposit", "agreement"], await BlockersAsync(owner, "pharma"));

        var deposit = await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/deposits", new { kind = "Payment", amount = 30000m, reference = "ICBC-20261127-001" });
        var partial = await deposit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(50000m, partial.GetProperty("required").GetDecimal());
        Assert.Equal("Required", partial.GetProperty("state").GetString());
        var overRefund = await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/deposits", new { kind = "Refund", amount = 30000.01m, reference = "R-1" });
        Assert.Contains("holds 30000.00", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(overRefund, HttpStatusCode.Conflict), "amount"));
        var bad = await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/deposits", new { kind = "Gift", amount = -1m, reference = "" });
        var badProblem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        foreach (var field in new[] { "kind", "amount", "reference" }) ProblemAssert.FieldErrors(badProblem, field);
        await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/deposits", new { kind = "Payment", amount = 20000m, reference = "ICBC-20261127-002" });
        var paid = await owner.GetFromJsonAsync<JsonElement>("/pharma/api/merchant/deposit");
        Assert.Equal("Paid", paid.GetProperty("state").GetString());
        Assert.Equal(50000m, paid.GetProperty("held").GetDecimal());
        Assert.Equal(["agreement"], await BlockersAsync(owner, "pharma"));

        var wrong = await owner.PostAsJsonAsync("/pharma/api/merchant/agreement/accept", new { version = first - 1 });
        await ProblemAssert.IsProblemAsync(wrong, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsJsonAsync("/pharma/api/merchant/agreement/accept", new { version = first })).StatusCode);
        Assert.Empty(await BlockersAsync(owner, "pharma"));
        var agreement = await owner.GetFromJsonAsync<JsonElement>("/pharma/api/merchant/agreement");
        Assert.Equal("owner@kangda-pharma.cn", agreement.GetProperty("acceptedBy").GetString());

        await admin.PutAsJsonAsync("/pharma/api/admin/merchant-agreement", new { title = "药品商家协议", body = "第二版：新增冷链条款" });
        Assert.Equal(["agreement"], await BlockersAsync(owner, "pharma"));
        await ProblemAssert.IsProblemAsync(await owner.PostAsJsonAsync("/pharma/api/merchant/agreement/accept", new { version = first }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsJsonAsync("/pharma/api/merchant/agreement/accept", new { version = first + 1 })).StatusCode);

        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/suspend", new { reason = "" }), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/suspend", new { reason = "抽检不合格" })).StatusCode);
        Assert.Equal(["suspended"], await BlockersAsync(owner, "pharma"));
        Assert.DoesNotContain((await host.Anonymous().GetFromJsonAsync<JsonElement>("/pharma/api/merchants")).EnumerateArray(), m => m.GetProperty("id").GetString() == merchantId);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync($"/pharma/api/admin/merchants/{merchantId}/suspend", new { reason = "again" }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/pharma/api/admin/merchants/{merchantId}/reinstate", null)).StatusCode);
        Assert.Empty(await BlockersAsync(owner, "pharma"));

        var audit = (await admin.GetFromJsonAsync<JsonElement>("/pharma/api/admin/audit")).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        foreach (var action in new[] { "merchant-requirements.changed", "merchant-agreement.published", "merchant-agreement.accepted", "merchant-deposit.payment", "merchant.suspended", "merchant.reinstated", "merchant-application.approved" })
        {
            Assert.Contains(action, audit);
        }
        await ProblemAssert.IsProblemAsync(await owner.GetAsync("/pharma/api/admin/merchant-requirements"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_expired_licence_stops_publishing_and_is_told_once_until_renewed()
    {
        await host.LaunchAsync("chem", "industrial-mro");
        var admin = host.WithToken(await host.LoginAsync("/chem", "admin@example.com"));
        await admin.PutAsJsonAsync("/chem/api/admin/merchant-requirements", new { licences = new[] { new { code = "hazchem", name = "危险化学品经营许可证" } }, defaultDeposit = 0m, categoryDeposits = new Dictionary<string, decimal>() });
        var applied = await host.Anonymous().PostAsync("/chem/api/merchant-applications", Application("沪AJ2026001", DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd"), "hazchem"));
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await admin.PostAsync($"/chem/api/admin/merchant-applications/{id}/approve", null);
        var owner = await host.AcceptInvitationAsync("chem", "owner@kangda-pharma.cn", "Kangda-Pass-2026");
        var agreement = await owner.GetFromJsonAsync<JsonElement>("/chem/api/merchant/agreement");
        await owner.PostAsJsonAsync("/chem/api/merchant/agreement/accept", new { version = agreement.GetProperty("version").GetInt32() });
        Assert.Empty(await BlockersAsync(owner, "chem"));

        var jobs = host.Services.GetRequiredService<TenantJobRunner>();
        await jobs.RunOnceAsync(CancellationToken.None);
        var warned = (await owner.GetFromJsonAsync<JsonElement>("/chem/api/merchant/licences"))[0];
        Assert.Equal(warned.GetProperty("expiresOn").GetString(), warned.GetProperty("expiringNoticeFor").GetString());
        Assert.Equal(JsonValueKind.Null, warned.GetProperty("expiredNoticeFor").ValueKind);

        // Time passes: the licence is now a month past its date.
        Assert.Equal(1, await host.TenantSqlAsync("chem", "UPDATE MerchantLicences SET ExpiresOn = '2026-01-01' WHERE Code = 'hazchem' AND MerchantId IS NOT NULL"));
        Assert.Equal(["licence:hazchem"], await BlockersAsync(owner, "chem"));
        await jobs.RunOnceAsync(CancellationToken.None);
        await jobs.RunOnceAsync(CancellationToken.None);
        var told = (await owner.GetFromJsonAsync<JsonElement>("/chem/api/merchant/licences"))[0];
        Assert.Equal("2026-01-01", told.GetProperty("expiredNoticeFor").GetString());

        var past = await owner.PutAsJsonAsync("/chem/api/merchant/licences/hazchem", new { number = "沪AJ2026002", expiresOn = "2025-12-31" });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(past, HttpStatusCode.BadRequest), "expiresOn");
        var renewed = await owner.PutAsJsonAsync("/chem/api/merchant/licences/hazchem", new { number = "沪AJ2026002", expiresOn = "2031-12-31" });
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Empty(await BlockersAsync(owner, "chem"));
        Assert.Contains("merchant-licence.renewed", (await admin.GetFromJsonAsync<JsonElement>("/chem/api/admin/audit")).EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    private static async Task<List<string?>> BlockersAsync(HttpClient owner, string tenant) =>
        (await owner.GetFromJsonAsync<JsonElement>($"/{tenant}/api/merchant/publishing"))
            .GetProperty("blockers").EnumerateArray().Select(b => b.GetProperty("code").GetString()).ToList();

    private static readonly string CreditCode = "91440101MA59ABCD3" + SaaS.Enterprises.UnifiedSocialCreditCode.CheckCharacter("91440101MA59ABCD3");

    private static MultipartFormDataContent Application(string? number, string? expiresOn, string licence = "drug-distribution")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent("广州康达医药有限公司"), "legalName" },
            { new StringContent(CreditCode), "creditCode" },
            { new StringContent("陈康"), "legalRepresentative" },
            { new StringContent("刘芳"), "contactName" },
            { new StringContent("13922223333"), "mobile" },
            { new StringContent("owner@kangda-pharma.cn"), "email" },
            { new StringContent("广东省广州市黄埔区科学大道"), "address" },
            { new StringContent("处方药,医疗器械"), "categories" },
        };
        if (number is not null) form.Add(new StringContent(number), $"licences.{licence}.number");
        if (expiresOn is not null) form.Add(new StringContent(expiresOn), $"licences.{licence}.expiresOn");
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "licence", "licence.pdf");
        return form;
    }
}
