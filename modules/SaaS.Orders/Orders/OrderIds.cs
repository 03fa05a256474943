using System.Globalization;

namespace SaaS.Orders.Orders;

/// <summary>
/// Order ids are version 7 GUIDs minted from the checkout's clock, so their first 48 bits are the millisecond the
/// order was placed and they sort by it: a date range, or the first characters of an order number someone read
/// out, is a range of ids, which both SQLite (text) and PostgreSQL (uuid) compare in the database. SQLite cannot
/// compare the DateTimeOffset column itself.
/// </summary>
public static class OrderIds
{
    /// <summary>The smallest id an order placed at or after <paramref name="instant"/> can have.</summary>
    public static Guid PlacedFrom(DateTimeOffset instant) =>
        Guid.ParseExact(instant.ToUnixTimeMilliseconds().ToString("x12", CultureInfo.InvariantCulture) + new string('0', 20), "N");

    /// <summary>
    /// The ids starting with <paramref name="prefix"/> (hex digits, hyphens ignored), as an inclusive range; null when
    /// the text cannot begin an order number.
    /// </summary>
    public static (Guid First, Guid Last)? StartingWith(string prefix)
    {
        var digits = prefix.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        if (digits.Length is 0 or > 32 || !digits.All(char.IsAsciiHexDigit)) return null;
        return (Guid.ParseExact(digits.PadRight(32, '0'), "N"), Guid.ParseExact(digits.PadRight(32, 'f'), "N"));
    }
}
