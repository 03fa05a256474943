namespace SaaS.Tenants;

/// <summary>The marketplace's own settings, stored in its database.</summary>
public sealed record SiteSettings(string SiteName, string DefaultCurrency, string Locale, string TimeZone, string Theme)
{
    /// <summary>File name of the uploaded logo in the tenant's Media folder, or null.</summary>
    public string? Logo { get; init; }

    public const string DefaultTheme = "Industrial";

    public static readonly SiteSettings Default = new("Marketplace", "CNY", "zh-CN", "Asia/Shanghai", DefaultTheme);
}
