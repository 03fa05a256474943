using Microsoft.AspNetCore.WebUtilities;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>A list page's filter as the person typed it, kept to refill the form and to build the page's links.</summary>
public sealed record OrderListFilter(string? State, string? From, string? To, string? Q, string? MerchantId = null)
{
    /// <summary>The query these texts make; when one is unreadable, every order, with the messages by field.</summary>
    public (OrderQuery Query, IReadOnlyDictionary<string, string> Errors) Read(string? page)
    {
        try
        {
            return (OrderQuery.Parse(State, From, To, Q, MerchantId, page), new Dictionary<string, string>());
        }
        catch (ValidationFailedException invalid)
        {
            return (OrderQuery.All, invalid.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)));
        }
    }

    /// <summary>This filter's link to <paramref name="page"/> of <paramref name="state"/> (every state when null).</summary>
    public string Href(string path, string? state, int page)
    {
        var query = new Dictionary<string, string?> { ["state"] = state, ["from"] = From, ["to"] = To, ["q"] = Q, ["merchantId"] = MerchantId, ["page"] = page > 1 ? page.ToString() : null }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value));
        return QueryHelpers.AddQueryString(path, query);
    }
}
