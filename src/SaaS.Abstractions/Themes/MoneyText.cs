using System.Globalization;

namespace SaaS.Themes;

/// <summary>Money as buyers read it: currency symbol, thousands separators, two decimals.</summary>
public static class MoneyText
{
    public static string Format(decimal amount, string currency, string locale)
    {
        var symbol = currency switch
        {
            "CNY" => "¥",
            "USD" => "$",
            "EUR" => "€",
            "GBP" => "£",
            "JPY" => "¥",
            _ => currency + " ",
        };
        return symbol + amount.ToString("N2", CultureInfo.GetCultureInfo(locale));
    }
}
