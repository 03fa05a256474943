using SaaS.Orders.Storefront;

namespace SaaS.Payments.Admin;

/// <summary>
/// One of the small forms of a list row: what to show in its fields (what was typed when it was refused, else the
/// suggestions), the messages at its fields, and a message no field of it takes (a 409 on the payment's state).
/// </summary>
public sealed record RowForm(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string? Error)
{
    /// <param name="refused">The page's refusal, whichever form it came from.</param>
    /// <param name="suggested">The fields of the form with what they show when nothing was refused.</param>
    public static RowForm Of(string form, Refusal? refused, IReadOnlyDictionary<string, string> suggested)
    {
        var mine = refused?.Form == form ? refused : null;
        return new RowForm(suggested.ToDictionary(f => f.Key, f => mine?.Value(f.Key) ?? f.Value),
            suggested.Keys.Where(f => mine?.Error(f) is not null).ToDictionary(f => f, f => mine!.Error(f)!), mine?.Except(suggested.Keys));
    }
}
