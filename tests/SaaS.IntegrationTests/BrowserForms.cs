using System.Net;
using System.Text.RegularExpressions;

namespace SaaS.IntegrationTests;

/// <summary>Server-rendered forms driven as a browser drives them: GET the page, POST its fields with the page's antiforgery token.</summary>
internal static partial class BrowserForms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string page, string action, Dictionary<string, string> fields)
    {
        var token = AntiforgeryInput().Match(await browser.GetStringAsync(page));
        Assert.True(token.Success, $"{page} has no antiforgery field");
        fields[token.Groups["name"].Value] = WebUtility.HtmlDecode(token.Groups["value"].Value);
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"<input type=""hidden"" name=""(?<name>__RequestVerificationToken[^""]*)"" value=""(?<value>[^""]+)""")]
    private static partial Regex AntiforgeryInput();
}
