using System.Globalization;
using SaaS.Payments.Credit;

namespace SaaS.Payments.Storefront;

/// <summary>An invoice of an order bought on credit as the pages list it: its days written out, overdue flagged.</summary>
public sealed record CreditInvoiceRow(InvoiceView Invoice)
{
    public string IssuedOn => Invoice.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string DueOn => Invoice.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string StateLabel => Invoice.Overdue ? "Overdue" : Invoice.State == nameof(CreditInvoiceState.Paid) ? "Repaid" : "Not yet repaid";
}
