namespace SaaS.Tenants;

/// <summary>The marketplace's own settings, stored in its database.</summary>
public sealed record SiteSettings(string SiteName, string DefaultCurrency, string Locale, string TimeZone)
{
    public static readonly SiteSettings Default = new("Marketplace", "CNY", "zh-CN", "Asia/Shanghai");
}
