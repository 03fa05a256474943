namespace SaaS.Tenants;

/// <summary>The marketplace's own settings, stored in its database.</summary>
public sealed record SiteSettings(string SiteName, string DefaultCurrency, string Locale, string TimeZone, string Theme)
{
    /// <summary>File name of the uploaded logo in the tenant's Media folder, or null.</summary>
    public string? Logo { get; init; }

    /// <summary>The values this marketplace chose for its theme's settings (e.g. accentColor).</summary>
    public IReadOnlyDictionary<string, string> ThemeSettings { get; init; } = new Dictionary<string, string>();

    public const string DefaultTheme = "Industrial";

    public static readonly SiteSettings Default = new("Marketplace", "CNY", "zh-CN", "Asia/Shanghai", DefaultTheme);
}
