namespace SaaS.Site;

/// <summary>The rules for a marketplace's settings, shared by the settings recipe step and the admin page.</summary>
public static class SiteSettingsRules
{
    public static readonly IReadOnlyList<string> Locales = ["zh-CN", "en"];

    /// <summary>Field name to message for every value that breaks a rule; null values are not checked.</summary>
    public static Dictionary<string, string> Check(string? siteName, string? defaultCurrency, string? locale, string? timeZone)
    {
        var errors = new Dictionary<string, string>();
        if (siteName is not null && (siteName.Trim().Length == 0 || siteName.Length > 200))
        {
            errors["siteName"] = "The site name needs 1 to 200 characters.";
        }
        if (defaultCurrency is not null && (defaultCurrency.Length != 3 || !defaultCurrency.All(char.IsAsciiLetterUpper)))
        {
            errors["defaultCurrency"] = $"'{defaultCurrency}' is not an ISO 4217 currency code such as CNY or USD.";
        }
        if (locale is not null && !Locales.Contains(locale))
        {
            errors["locale"] = $"'{locale}' is not supported; use one of {string.Join(", ", Locales)}.";
        }
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            errors["timeZone"] = $"'{timeZone}' is not a known time zone (e.g. Asia/Shanghai).";
        }
        return errors;
    }
}
