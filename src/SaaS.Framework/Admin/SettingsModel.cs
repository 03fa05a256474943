namespace SaaS.Admin;

public sealed record SettingsModel(
    string SiteName,
    string DefaultCurrency,
    string Locale,
    string TimeZone,
    IReadOnlyList<string> Locales,
    IReadOnlyDictionary<string, string> Errors,
    string? Message)
{
    public string? SiteNameError => Errors.GetValueOrDefault("siteName");

    public string? DefaultCurrencyError => Errors.GetValueOrDefault("defaultCurrency");

    public string? LocaleError => Errors.GetValueOrDefault("locale");

    public string? TimeZoneError => Errors.GetValueOrDefault("timeZone");

    public string? LogoError => Errors.GetValueOrDefault("logo");
}
