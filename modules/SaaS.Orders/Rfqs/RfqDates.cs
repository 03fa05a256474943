using System.Globalization;

namespace SaaS.Orders.Rfqs;

/// <summary>Days as the pages write and read them, <c>yyyy-MM-dd</c> (what a date input posts): Liquid has no filter for a bare date.</summary>
public static class RfqDates
{
    public static string? Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
