using System.Reflection;
using System.Text.Json;

namespace SaaS.Framework.Tests;

/// <summary>
/// The admin's translations from every module share one dictionary: two modules giving the same English text
/// different Chinese would make one of them wrong on the other's page ("Text" is 正文 for an agreement, 文本 for an attribute kind).
/// </summary>
public sealed class AdminLocaleTests
{
    [Fact]
    public void Modules_agree_on_every_admin_text_they_both_translate()
    {
        var assemblies = new[] { typeof(SaaS.Admin.AdminRenderer).Assembly, typeof(SaaS.Merchants.Startup).Assembly, typeof(SaaS.Companies.Startup).Assembly, typeof(SaaS.Catalog.Startup).Assembly, typeof(SaaS.Search.Startup).Assembly, typeof(SaaS.Orders.Startup).Assembly, typeof(SaaS.Payments.Startup).Assembly, typeof(SaaS.Messaging.Startup).Assembly };
        var seen = new Dictionary<string, (string Value, string Where)>();
        var clashes = new List<string>();
        foreach (var assembly in assemblies)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith("Admin.Locales.zh-CN.json", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!)
                {
                    if (seen.TryGetValue(key, out var earlier) && earlier.Value != value) clashes.Add($"'{key}': {earlier.Value} ({earlier.Where}) vs {value} ({resource})");
                    else seen.TryAdd(key, (value, resource));
                }
            }
        }
        Assert.True(seen.Count > 50, $"only {seen.Count} admin texts found");
        Assert.Empty(clashes);
    }
}
