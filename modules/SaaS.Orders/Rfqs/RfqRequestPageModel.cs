using SaaS.Orders.Storefront;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// The request-for-quote form: the merchant asked (from the product page's SKUs), a line per SKU and a few blank
/// ones for more of its codes, the delivery date and note; a refused post comes back as typed.
/// </summary>
public sealed record RfqRequestPageModel(PageForm Form, string? MerchantId, string MerchantName, IReadOnlyList<RfqFormRow> Rows)
{
    public string DeliveryDate { get; init; } = "";

    public string Note { get; init; } = "";

    /// <summary>Messages of the fields that are not lines (deliveryDate, note).</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public required string Today { get; init; }

    /// <summary>False when no SKU on sale was named: there is no merchant to ask.</summary>
    public bool CanRequest => MerchantId is not null;

    public bool HasErrors => Errors.Count > 0 || Form.Message is not null || Rows.Any(r => (r.CodeError ?? r.QuantityError ?? r.TargetPriceError) is not null);
}
