using Microsoft.AspNetCore.Mvc.Testing;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

public sealed class LanguageTests(SaaSHost host) : IClassFixture<SaaSHost>
{
    [Fact]
    public async Task A_visitor_can_read_a_chinese_marketplace_in_english_and_the_choice_sticks_to_that_tenant()
    {
        await host.LaunchAsync("lang-a", "industrial-mro", new { siteName = "双语市场" });
        await host.LaunchAsync("lang-b", "industrial-mro", new { siteName = "另一个市场" });
        var visitor = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        Assert.Contains("欢迎光临 双语市场", await visitor.GetStringAsync("/lang-a/"));
        var english = await visitor.GetStringAsync("/lang-a/?lang=en");
        Assert.Contains("Welcome to 双语市场", english);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Welcome to 双语市场", await visitor.GetStringAsync("/lang-a/"));
        Assert.Contains("欢迎光临 另一个市场", await visitor.GetStringAsync("/lang-b/"));
        Assert.Contains("欢迎光临 双语市场", await visitor.GetStringAsync("/lang-a/?lang=zh-CN"));
    }
}
