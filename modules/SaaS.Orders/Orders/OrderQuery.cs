using System.Globalization;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>
/// Which orders a list shows: a state, the dates they were placed on (inclusive, in the marketplace's time zone), a
/// search text (order number prefix, PO number, buyer company name), a merchant (the operator's list only) and a page.
/// </summary>
public sealed record OrderQuery(OrderState? State, DateOnly? From, DateOnly? To, string? Search, Guid? MerchantId, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static OrderQuery All { get; } = new(null, null, null, null, null, 1, DefaultPageSize);

    /// <summary>Reads the query string's texts; every unreadable field is named (400), all at once.</summary>
    public static OrderQuery Parse(string? state, string? from, string? to, string? search, string? merchantId = null, string? page = null, string? pageSize = null)
    {
        var errors = new Dictionary<string, string[]>();
        OrderState? parsedState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (Enum.TryParse<OrderState>(state.Trim(), ignoreCase: true, out var known) && Enum.IsDefined(known)) parsedState = known;
            else errors["state"] = [$"'{state}' is not an order state; use one of {string.Join(", ", Enum.GetNames<OrderState>())}."];
        }
        var fromDate = Date(from, "from", errors);
        var toDate = Date(to, "to", errors);
        if (fromDate > toDate) errors["to"] = [$"The end date {toDate:yyyy-MM-dd} is before the start date {fromDate:yyyy-MM-dd}."];
        Guid? merchant = null;
        if (!string.IsNullOrWhiteSpace(merchantId))
        {
            if (Guid.TryParse(merchantId, out var id)) merchant = id;
            else errors["merchantId"] = ["Name the merchant by its id."];
        }
        var pageNumber = Number(page, "page", 1, 1, int.MaxValue, errors);
        var size = Number(pageSize, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        var text = search?.Trim();
        if (text?.Length > 100) errors["q"] = ["Search with at most 100 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new(parsedState, fromDate, toDate, string.IsNullOrEmpty(text) ? null : text, merchant, pageNumber, size);
    }

    private static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[field] = [$"'{text}' is not a date; write it as 2026-03-31."];
        return null;
    }

    private static int Number(string? text, string field, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[field] = [max == int.MaxValue ? $"The {field} is a whole number from {min}." : $"The {field} is a whole number from {min} to {max}."];
        return fallback;
    }
}
