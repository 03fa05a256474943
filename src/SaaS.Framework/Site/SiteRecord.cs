namespace SaaS.Site;

/// <summary>The single row holding a tenant's site settings.</summary>
public sealed class SiteRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string SiteName { get; set; }

    public required string DefaultCurrency { get; set; }

    public required string Locale { get; set; }

    public required string TimeZone { get; set; }

    public required string Theme { get; set; }

    /// <summary>File name of the logo under the tenant's Media folder; the name changes with every upload.</summary>
    public string? Logo { get; set; }

    /// <summary>Theme setting values as a JSON object, e.g. {"accentColor":"#0f766e"}.</summary>
    public string? ThemeSettings { get; set; }
}
