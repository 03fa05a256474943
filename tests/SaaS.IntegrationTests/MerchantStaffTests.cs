using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// Merchant staff and permissions: every merchant endpoint answers only to members of the caller's own merchant
/// holding the right permission. The demo recipe brings two merchants; the first has a finance and a product clerk.
/// </summary>
public sealed class MerchantStaffTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "staffing";

    /// <summary>Every merchant endpoint that needs a permission beyond membership, with a body it accepts.</summary>
    public static readonly TheoryData<string, string> GuardedEndpoints = new()
    {
        { "GET", "/api/merchant/staff" },
        { "POST", "/api/merchant/staff" },
        { "PUT", "/api/merchant/staff/{user}/role" },
        { "POST", "/api/merchant/staff/{user}/disable" },
        { "POST", "/api/merchant/staff/{user}/enable" },
        { "POST", "/api/merchant/staff/{user}/transfer-ownership" },
        { "GET", "/api/merchant/permissions" },
        { "GET", "/api/merchant/roles" },
        { "POST", "/api/merchant/roles" },
        { "PUT", "/api/merchant/roles/{role}" },
        { "DELETE", "/api/merchant/roles/{role}" },
        { "PUT", "/api/merchant/profile" },
        { "POST", "/api/merchant/agreement/accept" },
        { "PUT", "/api/merchant/licences/any" },
    };

    public static readonly TheoryData<string> MemberEndpoints = new() { "/api/merchant/profile", "/api/merchant/agreement", "/api/merchant/licences", "/api/merchant/publishing" };


    public async Task InitializeAsync()
    {
        await host.EnsureLaunchedAsync(Tenant, "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_owner_invites_staff_into_a_template_role_and_the_staff_member_can_do_only_what_it_allows()
    {
        // The recipe invited the owner during the operator's launch request: the link still points into the marketplace.
        Assert.StartsWith($"http://localhost/{Tenant}/account/reset-password?email=owner%40fasteners.example.cn&code=", host.InvitationLinkTo(Tenant, "owner@fasteners.example.cn"));
        var owner = await FastenersOwnerAsync();
        var profile = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/profile");
        Assert.Equal("13805710001", profile.GetProperty("mobile").GetString());
        var roles = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles");
        Assert.Equal(["product-manager", "order-clerk", "finance", "customer-service"],
            MerchantRoleTemplatesInOrder(roles));
        var finance = RoleId(roles, "Finance");

        var invited = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/staff", new { email = "cashier@fasteners.example.cn", roleId = finance });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var userId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString();
        Assert.Contains("/account/reset-password?email=cashier%40fasteners.example.cn&code=", host.InvitationLinkTo(Tenant, "cashier@fasteners.example.cn"));

        var cashier = await host.AcceptInvitationAsync(Tenant, "cashier@fasteners.example.cn", "Cashier-Pass-2026");
        var deposit = await cashier.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/deposit");
        Assert.Equal("Paid", deposit.GetProperty("state").GetString());
        Assert.Equal(20000m, deposit.GetProperty("required").GetDecimal()); // 劳保用品 carries the higher deposit
        var denied = await ProblemAssert.IsProblemAsync(await cashier.GetAsync($"/{Tenant}/api/merchant/staff"), HttpStatusCode.Forbidden);
        Assert.Contains("merchant.staff.manage", ProblemAssert.FieldErrors(denied, "permission"));
        await ProblemAssert.IsProblemAsync(await cashier.PutAsJsonAsync($"/{Tenant}/api/merchant/profile", new { contactName = "x" }), HttpStatusCode.Forbidden);

        var productManager = RoleId(roles, "Product manager");
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsJsonAsync($"/{Tenant}/api/merchant/staff/{userId}/role", new { roleId = productManager })).StatusCode);
        await ProblemAssert.IsProblemAsync(await cashier.GetAsync($"/{Tenant}/api/merchant/deposit"), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/{Tenant}/api/merchant/staff/{userId}/disable", null)).StatusCode);
        var disabled = await ProblemAssert.IsProblemAsync(await cashier.GetAsync($"/{Tenant}/api/merchant/profile"), HttpStatusCode.Forbidden);
        Assert.Contains("disabled", ProblemAssert.FieldErrors(disabled, "user"));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/{Tenant}/api/merchant/staff/{userId}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cashier.GetAsync($"/{Tenant}/api/merchant/profile")).StatusCode);

        var audit = await (await AdminAsync()).GetFromJsonAsync<JsonElement>($"/{Tenant}/api/admin/audit?q=cashier@fasteners.example.cn");
        var actions = audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("merchant.staff-invited", actions);
        Assert.Contains("merchant.staff-role-changed", actions);
        Assert.Contains("merchant.staff-disabled", actions);
        var roleChange = audit.EnumerateArray().First(e => e.GetProperty("action").GetString() == "merchant.staff-role-changed");
        Assert.Equal("Finance", roleChange.GetProperty("before").GetString());
        Assert.Equal("Product manager", roleChange.GetProperty("after").GetString());
    }

    [Theory]
    [MemberData(nameof(GuardedEndpoints))]
    public async Task Staff_without_the_permission_and_people_of_no_merchant_are_refused(string method, string path)
    {
        var owner = await FastenersOwnerAsync();
        var roles = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles");
        var staff = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/staff");
        var clerk = staff.EnumerateArray().First(s => s.GetProperty("email").GetString() == "finance@fasteners.example.cn").GetProperty("userId").GetString()!;
        var url = $"/{Tenant}" + path.Replace("{user}", clerk).Replace("{role}", RoleId(roles, "Finance"));
        var body = JsonContent.Create(new { email = "x@fasteners.example.cn", roleId = RoleId(roles, "Finance"), name = "X", permissions = Array.Empty<string>(), version = 1, number = "N", expiresOn = "2099-01-01" });

        // Finance holds merchant.deposit.view only.
        var finance = await StaffAsync("finance@fasteners.example.cn", "Finance-Pass-2026");
        var refused = await finance.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = body });
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("does not allow", ProblemAssert.FieldErrors(problem, "permission"));

        var buyer = await BuyerAsync();
        var stranger = await buyer.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) });
        Assert.Contains("do not act for a merchant", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(stranger, HttpStatusCode.Forbidden), "merchant"));
        var anonymous = await host.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [MemberData(nameof(MemberEndpoints))]
    public async Task Any_member_reads_the_merchant_basics_and_no_one_else_does(string path)
    {
        var clerk = await StaffAsync("products@fasteners.example.cn", "Products-Pass-2026");
        var response = await clerk.GetAsync($"/{Tenant}{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ProblemAssert.IsProblemAsync(await (await BuyerAsync()).GetAsync($"/{Tenant}{path}"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task One_merchant_never_reaches_another_merchants_staff_or_roles()
    {
        var fasteners = await FastenersOwnerAsync();
        var tools = await ToolsOwnerAsync();
        var theirRoles = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles");
        var theirStaff = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/staff");
        var theirClerk = theirStaff.EnumerateArray().First(s => !s.GetProperty("isOwner").GetBoolean()).GetProperty("userId").GetString();
        var theirOwner = theirStaff.EnumerateArray().First(s => s.GetProperty("isOwner").GetBoolean()).GetProperty("userId").GetString();
        var theirFinance = RoleId(theirRoles, "Finance");
        var ownFinance = RoleId(await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles"), "Finance");

        await ProblemAssert.IsProblemAsync(await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/staff/{theirClerk}/role", new { roleId = ownFinance }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PostAsync($"/{Tenant}/api/merchant/staff/{theirClerk}/disable", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PostAsync($"/{Tenant}/api/merchant/staff/{theirOwner}/transfer-ownership", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/roles/{theirFinance}", new { name = "Mine", permissions = Array.Empty<string>() }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.DeleteAsync($"/{Tenant}/api/merchant/roles/{theirFinance}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/staff", new { email = "mole@tools.example.cn", roleId = theirFinance }), HttpStatusCode.NotFound);

        var ownStaff = await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/staff");
        Assert.Equal(["owner@tools.example.cn"], ownStaff.EnumerateArray().Select(s => s.GetProperty("email").GetString()));
        Assert.Equal("深圳精密工具有限公司", (await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/profile")).GetProperty("name").GetString());
        var after = await fasteners.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/staff");
        Assert.Equal(theirStaff.ToString(), after.ToString());
    }

    [Fact]
    public async Task Custom_roles_are_validated_and_grant_exactly_their_permissions()
    {
        var tools = await ToolsOwnerAsync();
        var unknown = await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/roles", new { name = "Auditor", permissions = new[] { "merchant.deposit.view", "orders.steal" } });
        Assert.Contains("orders.steal", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest), "permissions"));
        var nameless = await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/roles", new { name = " ", permissions = Array.Empty<string>() });
        ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(nameless, HttpStatusCode.BadRequest), "name");

        var created = await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/roles", new { name = "Auditor", permissions = new[] { "merchant.deposit.view" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var auditor = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await ProblemAssert.IsProblemAsync(await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/roles", new { name = "Auditor", permissions = Array.Empty<string>() }), HttpStatusCode.Conflict);
        var template = RoleId(await tools.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles"), "Finance");
        await ProblemAssert.IsProblemAsync(await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/roles/{template}", new { name = "Finance", permissions = new[] { "merchant.staff.manage" } }), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.Created, (await tools.PostAsJsonAsync($"/{Tenant}/api/merchant/staff", new { email = "auditor@tools.example.cn", roleId = auditor })).StatusCode);
        var person = await host.AcceptInvitationAsync(Tenant, "auditor@tools.example.cn", "Auditor-Pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/{Tenant}/api/merchant/deposit")).StatusCode);
        await ProblemAssert.IsProblemAsync(await person.GetAsync($"/{Tenant}/api/merchant/roles"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(await tools.DeleteAsync($"/{Tenant}/api/merchant/roles/{auditor}"), HttpStatusCode.Conflict);

        var widened = await tools.PutAsJsonAsync($"/{Tenant}/api/merchant/roles/{auditor}", new { name = "Auditor", permissions = new[] { "merchant.deposit.view", "merchant.staff.manage" } });
        Assert.Equal(HttpStatusCode.OK, widened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/{Tenant}/api/merchant/roles")).StatusCode);
    }

    [Fact]
    public async Task The_owner_hands_the_merchant_to_a_member_of_staff_and_stays_on_in_their_role()
    {
        await host.LaunchAsync("handover", "industrial-mro");
        var owner = await host.AcceptInvitationAsync("handover", "owner@fasteners.example.cn", "Owner-Pass-2026");
        var staff = await owner.GetFromJsonAsync<JsonElement>("/handover/api/merchant/staff");
        var finance = staff.EnumerateArray().First(s => s.GetProperty("email").GetString() == "finance@fasteners.example.cn").GetProperty("userId").GetString();
        var self = staff.EnumerateArray().First(s => s.GetProperty("isOwner").GetBoolean()).GetProperty("userId").GetString();
        await ProblemAssert.IsProblemAsync(await owner.PostAsync($"/handover/api/merchant/staff/{self}/disable", null), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PostAsync($"/handover/api/merchant/staff/{finance}/transfer-ownership", null)).StatusCode);
        var successor = await host.AcceptInvitationAsync("handover", "finance@fasteners.example.cn", "Finance-Pass-2026");
        Assert.True((await successor.GetFromJsonAsync<JsonElement>("/handover/api/merchant/profile")).GetProperty("isOwner").GetBoolean());
        var former = await owner.GetFromJsonAsync<JsonElement>("/handover/api/merchant/profile");
        Assert.False(former.GetProperty("isOwner").GetBoolean());
        // The former owner now holds the Finance template's permissions (other modules add to it), not the owner's.
        var kept = former.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("merchant.deposit.view", kept);
        Assert.DoesNotContain("merchant.staff.manage", kept);
        await ProblemAssert.IsProblemAsync(await owner.GetAsync("/handover/api/merchant/staff"), HttpStatusCode.Forbidden);
        var audit = await host.WithToken(await host.LoginAsync("/handover", "admin@example.com")).GetFromJsonAsync<JsonElement>("/handover/api/admin/audit?q=ownership");
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("owner@fasteners.example.cn", entry.GetProperty("before").GetString());
        Assert.Equal("finance@fasteners.example.cn", entry.GetProperty("after").GetString());
    }

    [Fact]
    public async Task A_registered_buyer_joins_as_staff_with_their_account_but_nobody_serves_two_merchants()
    {
        var owner = await ToolsOwnerAsync();
        var finance = RoleId(await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/roles"), "Finance");
        await host.Anonymous().PostAsJsonAsync($"/{Tenant}/api/identity/register", new { email = "accountant@tools.example.cn", password = "Accountant-Pass-2026" });
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/staff", new { email = "accountant@tools.example.cn", roleId = finance })).StatusCode);
        var accountant = host.WithToken(await host.LoginAsync($"/{Tenant}", "accountant@tools.example.cn", "Accountant-Pass-2026"));
        Assert.Equal(HttpStatusCode.OK, (await accountant.GetAsync($"/{Tenant}/api/merchant/deposit")).StatusCode);

        var poach = await owner.PostAsJsonAsync($"/{Tenant}/api/merchant/staff", new { email = "finance@fasteners.example.cn", roleId = finance });
        Assert.Contains("already acts for a merchant", ProblemAssert.FieldErrors(await ProblemAssert.IsProblemAsync(poach, HttpStatusCode.Conflict), "email"));
        var staff = await owner.GetFromJsonAsync<JsonElement>($"/{Tenant}/api/merchant/staff");
        Assert.DoesNotContain(staff.EnumerateArray(), s => s.GetProperty("email").GetString() == "finance@fasteners.example.cn");
    }

    private static IEnumerable<string?> MerchantRoleTemplatesInOrder(JsonElement roles) =>
        roles.EnumerateArray().Where(r => r.GetProperty("template").ValueKind == JsonValueKind.String)
            .Select(r => r.GetProperty("template").GetString())
            .OrderBy(t => Array.IndexOf(["product-manager", "order-clerk", "finance", "customer-service"], t));

    private static string RoleId(JsonElement roles, string name) =>
        roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    private Task<HttpClient> FastenersOwnerAsync() => InvitedAsync("owner@fasteners.example.cn", "Owner-Pass-2026");

    private Task<HttpClient> ToolsOwnerAsync() => InvitedAsync("owner@tools.example.cn", "Tools-Pass-2026");

    private Task<HttpClient> StaffAsync(string email, string password) => InvitedAsync(email, password);

    private Task<HttpClient> InvitedAsync(string email, string password) => host.InvitedAsync(Tenant, email, password);

    private Task<HttpClient> BuyerAsync() => host.SignedInAsync($"{Tenant}/buyer@factory.cn", () => host.BuyerAsync(Tenant, "buyer@factory.cn"));

    private async Task<HttpClient> AdminAsync() => host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
}
