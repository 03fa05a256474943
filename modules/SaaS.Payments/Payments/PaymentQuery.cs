using System.Globalization;
using SaaS.Problems;

namespace SaaS.Payments.Payments;

/// <summary>Which payments the operator's list shows: by state, method and purpose, a page at a time.</summary>
public sealed record PaymentQuery(PaymentState? State, string? Method, PaymentPurpose? Purpose, int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Reads the query string's texts; every unreadable field is named (400), all at once.</summary>
    public static PaymentQuery Parse(string? state, string? method, string? purpose, string? page, string? pageSize, IReadOnlyCollection<string> methods)
    {
        var errors = new Dictionary<string, string[]>();
        var parsedState = Named<PaymentState>(state, "state", errors);
        var parsedPurpose = Named<PaymentPurpose>(purpose, "purpose", errors);
        var parsedMethod = string.IsNullOrWhiteSpace(method) ? null : method.Trim();
        if (parsedMethod is not null && !methods.Contains(parsedMethod)) errors["method"] = [$"'{method}' is not a payment method; use one of {string.Join(", ", methods)}."];
        var pageNumber = Number(page, "page", int.MaxValue, 1, errors);
        var size = Number(pageSize, "pageSize", MaxPageSize, DefaultPageSize, errors);
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new(parsedState, parsedMethod, parsedPurpose, pageNumber, size);
    }

    private static T? Named<T>(string? text, string field, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)) return value;
        errors[field] = [$"'{text}' is not a payment {field}; use one of {string.Join(", ", Enum.GetNames<T>())}."];
        return null;
    }

    private static int Number(string? text, string field, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max) return value;
        errors[field] = [max == int.MaxValue ? $"The {field} is a whole number from 1." : $"The {field} is a whole number from 1 to {max}."];
        return fallback;
    }
}
