using System.Globalization;
using System.Text.RegularExpressions;

namespace SaaS.Orders.Storefront;

/// <summary>
/// A form post the services refused, shown again on its page: which form it was, what was typed, the messages
/// by field (<c>quantity</c>, <c>lines[2].code</c>) and the problem's status, which the page answers with.
/// </summary>
/// <param name="Form">Which form of the page was posted: <c>line:{id}</c>, <c>quick</c>, <c>reject</c> …</param>
public sealed partial record Refusal(string Form, IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, int Status)
{
    public string? Value(string field) => Values.GetValueOrDefault(field);

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Every message as one text, for a form whose fields are not on the page showing it.</summary>
    public string AllMessages => string.Join(" ", Errors.Values);

    /// <summary>Messages about no posted field (a role that may not act, a state that forbids it): said above the page.</summary>
    public string? General => Except(Values.Keys);

    /// <summary>
    /// The messages a page cannot show at one of <paramref name="fields"/> or at one of its cart lines (<c>lines[i]…</c>),
    /// as one text; null when there are none.
    /// </summary>
    public string? Except(IEnumerable<string> fields)
    {
        var placed = fields.ToHashSet(StringComparer.Ordinal);
        var rest = Errors.Where(e => !placed.Contains(e.Key) && IndexIn("lines", e.Key) is null).Select(e => e.Value).ToList();
        return rest.Count > 0 ? string.Join(" ", rest) : null;
    }

    /// <summary>
    /// Which element of the request's <paramref name="list"/> a field names: <c>lines[2].quantity</c> is element 2 of
    /// <c>lines</c>; null for a field of no element of that list.
    /// </summary>
    public static int? IndexIn(string list, string field) =>
        ListField().Match(field) is { Success: true } match && match.Groups["list"].Value == list
            ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^(?<list>\w+)\[(?<index>\d+)\]")]
    private static partial Regex ListField();
}
