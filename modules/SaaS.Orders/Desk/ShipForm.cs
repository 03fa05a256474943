using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Desk;

/// <summary>
/// The form that records a parcel: carrier, tracking number, and a quantity for each line still to ship (field
/// <c>quantity-{lineId}</c>), prefilled with all that is left. A line left empty or at 0 is not in the parcel.
/// </summary>
public sealed partial record ShipForm(string? Carrier, string? TrackingNumber, IReadOnlyList<ShipFormLine> Lines, IReadOnlyDictionary<string, string> Errors)
{
    public static ShipForm Prefilled(OrderSheet order) =>
        new(null, null, order.Lines.Where(l => l.Left > 0).Select(l => new ShipFormLine(l.Id, l.SkuCode, l.Title, l.Unit, l.Left, l.Left.ToString(CultureInfo.InvariantCulture), null)).ToList(),
            new Dictionary<string, string>());

    public static ShipForm Posted(OrderSheet order, IFormCollection form) =>
        new(form["carrier"], form["trackingNumber"], order.Lines.Where(l => l.Left > 0)
            .Select(l => new ShipFormLine(l.Id, l.SkuCode, l.Title, l.Unit, l.Left, form[$"quantity-{l.Id}"].ToString().Trim(), null)).ToList(), new Dictionary<string, string>());

    /// <summary>The shipment the form asks for; a quantity that is no whole number is refused here, at its line, before the desk sees it.</summary>
    public ShipmentRequest ToRequest()
    {
        var unreadable = Lines.Where(l => l.Value.Length > 0 && !int.TryParse(l.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            .ToDictionary(l => Field(l.Id), _ => new[] { "Write a whole number of units." });
        if (unreadable.Count > 0) throw new ValidationFailedException(unreadable);
        return new ShipmentRequest(Carrier, TrackingNumber, Sent().Select(l => new ShipmentItemRequest(l.Id, int.Parse(l.Value, CultureInfo.InvariantCulture))).ToList());
    }

    /// <summary>
    /// The form again with the desk's refusal at its fields: <c>items[i].quantity</c> belongs to the i-th line the
    /// parcel carried; the rest (carrier, tracking number, the state) keep their names.
    /// </summary>
    public ShipForm WithErrors(ProblemException problem)
    {
        var sent = Sent().ToList();
        var errors = new Dictionary<string, string>();
        foreach (var (field, messages) in problem.Errors)
        {
            var item = ItemField().Match(field);
            var key = item.Success && int.Parse(item.Groups["index"].Value, CultureInfo.InvariantCulture) is var index && index < sent.Count ? Field(sent[index].Id) : field;
            errors[key] = string.Join(" ", messages);
        }
        return this with
        {
            Lines = Lines.Select(l => l with { Error = errors.GetValueOrDefault(Field(l.Id)) }).ToList(),
            Errors = errors,
        };
    }

    private IEnumerable<ShipFormLine> Sent() => Lines.Where(l => l.Value.Length > 0 && l.Value != "0");

    private static string Field(Guid lineId) => $"quantity-{lineId}";

    [GeneratedRegex(@"^items\[(?<index>\d+)\]\.")]
    private static partial Regex ItemField();
}
