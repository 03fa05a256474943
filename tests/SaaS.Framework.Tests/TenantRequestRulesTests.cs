using Microsoft.AspNetCore.Identity;
using SaaS.Identity;
using SaaS.Tenancy;

namespace SaaS.Framework.Tests;

public sealed class TenantRequestRulesTests
{
    private static readonly PasswordPolicy Passwords = CreatePolicy();

    [Theory]
    [InlineData("ab")]
    [InlineData("mro-2026")]
    [InlineData("a234567890123456789012345678901234567890")]
    public void Valid_names_pass(string name) =>
        Assert.Empty(TenantRequestRules.Check(Valid() with { Name = name }, Passwords));

    [Theory]
    [InlineData("a")]
    [InlineData("1abc")]
    [InlineData("Abc")]
    [InlineData("ab_c")]
    [InlineData("a2345678901234567890123456789012345678901")]
    public void Invalid_names_are_reported_on_the_name_field(string name) =>
        Assert.Contains("name", TenantRequestRules.Check(Valid() with { Name = name }, Passwords).Keys);

    [Theory]
    [InlineData("mro.example.com", true)]
    [InlineData("*.example.com", true)]
    [InlineData("localhost", true)]
    [InlineData("bad host", false)]
    [InlineData("-bad.example.com", false)]
    [InlineData("a.*.example.com", false)]
    public void Host_names_are_checked(string hostName, bool valid)
    {
        var errors = TenantRequestRules.Check(Valid() with { HostNames = [hostName] }, Passwords);
        Assert.Equal(valid, !errors.ContainsKey("hostNames[0]"));
    }

    [Fact]
    public void A_name_that_is_a_reserved_prefix_needs_another_prefix_or_host_names()
    {
        Assert.Contains("name", TenantRequestRules.Check(Valid() with { Name = "console" }, Passwords).Keys);
        Assert.Empty(TenantRequestRules.Check(Valid() with { Name = "console", UrlPrefix = "ops-console" }, Passwords));
        Assert.Empty(TenantRequestRules.Check(Valid() with { Name = "console", HostNames = ["console.example.com"] }, Passwords));
    }

    [Theory]
    [InlineData("Short1a", false)]
    [InlineData("alllowercase1", false)]
    [InlineData("NoDigitsHereAtAll", false)]
    [InlineData("Aaaaaaaaa1", false)]
    [InlineData("Strong-Pass-2026", true)]
    public void The_password_policy_is_applied_and_stated(string password, bool accepted)
    {
        Assert.Equal(accepted, Passwords.Accepts(password));
        var errors = TenantRequestRules.Check(Valid() with { AdminPassword = password }, Passwords);
        Assert.Equal(accepted, !errors.ContainsKey("adminPassword"));
        if (!accepted) Assert.Contains("at least 10 characters", errors["adminPassword"][0]);
    }

    private static CreateTenantRequest Valid() => new("acme", "blank", "ops@acme.cn", "Strong-Pass-2026");

    private static PasswordPolicy CreatePolicy()
    {
        var options = new PasswordOptions();
        PasswordPolicy.Apply(options);
        return new PasswordPolicy(options);
    }
}
