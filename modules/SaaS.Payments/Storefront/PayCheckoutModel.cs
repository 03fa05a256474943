using SaaS.Orders.Storefront;

namespace SaaS.Payments.Storefront;

/// <summary>
/// The payment selection of one checkout: its orders per merchant, what is due, and the ways this marketplace takes
/// for the method the buyer chose at checkout; null <see cref="MethodError"/> unless a start was refused there.
/// </summary>
/// <param name="Methods">Empty when the marketplace cannot take <see cref="MethodLabel"/> online.</param>
/// <param name="OpenPaymentId">A payment of this checkout already started and not finished: the buyer may go back to it.</param>
public sealed record PayCheckoutModel(
    PageForm Form, Guid CheckoutId, IReadOnlyList<PayMerchantGroup> Merchants, decimal Due, string MethodLabel, IReadOnlyList<Choice> Methods,
    string? MethodError, Guid? OpenPaymentId)
{
    /// <summary>The invoices of a checkout bought on credit terms: nothing is paid here; null for other methods.</summary>
    public IReadOnlyList<CreditInvoiceRow>? CreditInvoices { get; init; }

    public bool OnCredit => CreditInvoices is not null;

    public bool CanPay => Due > 0 && Methods.Count > 0;

    public bool NothingDue => Due == 0;
}
