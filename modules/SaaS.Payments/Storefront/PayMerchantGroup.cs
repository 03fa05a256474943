namespace SaaS.Payments.Storefront;

/// <summary>One merchant's orders of a checkout or of a payment, and the amount the page is about (still due, or paid).</summary>
public sealed record PayMerchantGroup(string MerchantName, decimal Amount, IReadOnlyList<PayOrderRow> Orders);
