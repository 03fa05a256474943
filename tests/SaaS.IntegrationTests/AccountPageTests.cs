using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>The themed account pages, driven as a browser would: GET the form, POST it with its antiforgery token.</summary>
public sealed partial class AccountPageTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await host.EnsureLaunchedAsync("pages", "industrial-mro");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_signs_the_buyer_in_and_the_header_shows_it()
    {
        var browser = Browser();
        var register = await SubmitAsync(browser, "/pages/account/register", new() { ["email"] = "zhang@plant.cn", ["password"] = "Plant-Buyer-2026" });

        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.EndsWith("/pages/account", register.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await register.Content.ReadAsStringAsync();
        Assert.Contains("class=\"account-email\">zhang@plant.cn", html);
        Assert.Contains("Buyer", html);
        Assert.Contains("class=\"user\" href=\"/pages/account\">zhang@plant.cn", await browser.GetStringAsync("/pages/"));
    }

    [Fact]
    public async Task Wrong_credentials_and_weak_passwords_come_back_with_messages_next_to_the_fields()
    {
        var browser = Browser();
        var wrong = await SubmitAsync(browser, "/pages/account/login", new() { ["email"] = "admin@example.com", ["password"] = "Wrong-Pass-0000" });
        Assert.True(wrong.StatusCode == HttpStatusCode.Unauthorized, await wrong.Content.ReadAsStringAsync());
        Assert.Contains("邮箱或密码错误。", await wrong.Content.ReadAsStringAsync());

        var weak = await SubmitAsync(browser, "/pages/account/register", new() { ["email"] = "weak@plant.cn", ["password"] = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var html = await weak.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""password-error"" class=""field-error"">[^<]*at least 10 characters", html);
        Assert.Contains("value=\"weak@plant.cn\"", html);
    }

    [Fact]
    public async Task Signing_in_goes_back_to_a_local_return_url_only()
    {
        var browser = Browser();
        var local = await SubmitAsync(browser, "/pages/account/login?returnUrl=%2Faccount",
            new() { ["email"] = "admin@example.com", ["password"] = SaaSHost.AdminPassword, ["returnUrl"] = "/account" });
        Assert.EndsWith("/pages/account", local.RequestMessage!.RequestUri!.AbsolutePath);

        var evil = await SubmitAsync(Browser(), "/pages/account/login",
            new() { ["email"] = "admin@example.com", ["password"] = SaaSHost.AdminPassword, ["returnUrl"] = "//evil.example.com/" });
        Assert.Equal("localhost", evil.RequestMessage!.RequestUri!.Host);
        Assert.EndsWith("/pages/account", evil.RequestMessage.RequestUri.AbsolutePath);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var response = await Browser().PostAsync("/pages/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "admin@example.com", ["password"] = SaaSHost.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Password_reset_through_the_pages()
    {
        var browser = Browser();
        await SubmitAsync(browser, "/pages/account/register", new() { ["email"] = "reset@plant.cn", ["password"] = "Old-Password-2026" });
        var sent = await SubmitAsync(Browser(), "/pages/account/forgot-password", new() { ["email"] = "reset@plant.cn" });
        Assert.Contains("/pages/account/reset-password", sent.RequestMessage!.RequestUri!.AbsolutePath);
        var code = host.CodeMailedTo("pages", "reset@plant.cn");

        var done = await SubmitAsync(Browser(), "/pages/account/reset-password?email=reset%40plant.cn",
            new() { ["email"] = "reset@plant.cn", ["resetCode"] = code, ["newPassword"] = "New-Password-2026" });

        Assert.Contains("密码已修改", await done.Content.ReadAsStringAsync());
        await host.LoginAsync("/pages", "reset@plant.cn", "New-Password-2026");
    }

    private HttpClient Browser() => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });

    /// <summary>GETs the form page, then posts the fields with the page's antiforgery token, as a browser would.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync(page);
        var token = AntiforgeryInput().Match(form);
        Assert.True(token.Success, "the form has no antiforgery field");
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        var action = FormAction().Match(form).Groups["action"].Value;
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"<input type=""hidden"" name=""(?<name>__RequestVerificationToken[^""]*)"" value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex(@"<form method=""post"" action=""(?<action>[^""]+)""")]
    private static partial Regex FormAction();
}
