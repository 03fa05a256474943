using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>Server-rendered forms driven as a browser drives them: GET the page, POST its fields with the page's antiforgery token.</summary>
internal static partial class BrowserForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, string action, Dictionary<string, string> fields)
    {
        var (name, token) = await TokenAsync(browser, page);
        fields[name] = token;
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>A form with files (<c>enctype="multipart/form-data"</c>); a field may repeat, as hidden inputs of one name do.</summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(HttpClient browser, string page, string action,
        IEnumerable<(string Name, string Value)> fields, IEnumerable<(string Name, string FileName, string ContentType, byte[] Content)> files)
    {
        var (name, token) = await TokenAsync(browser, page);
        using var form = new MultipartFormDataContent { { new StringContent(token), name } };
        foreach (var (field, value) in fields) form.Add(new StringContent(value), field);
        foreach (var (field, fileName, contentType, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(file, field, fileName);
        }
        return await browser.PostAsync(action, form);
    }

    private static async Task<(string Name, string Token)> TokenAsync(HttpClient browser, string page)
    {
        var token = AntiforgeryInput().Match(await browser.GetStringAsync(page));
        Assert.True(token.Success, $"{page} has no antiforgery field");
        return (token.Groups["name"].Value, WebUtility.HtmlDecode(token.Groups["value"].Value));
    }

    /// <summary>A cookie browser signed in on the login page, not following redirects so tests see where forms lead.</summary>
    public static async Task<HttpClient> SignedInAsync(SaaSHost host, string tenant, string email, string password)
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signedIn = await SubmitAsync(browser, $"/{tenant}/account/login", $"/{tenant}/account/login", new() { ["email"] = email, ["password"] = password });
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        return browser;
    }

    [GeneratedRegex(@"<input type=""hidden"" name=""(?<name>__RequestVerificationToken[^""]*)"" value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryInput();
}
