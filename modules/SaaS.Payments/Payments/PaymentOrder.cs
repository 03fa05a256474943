namespace SaaS.Payments.Payments;

/// <summary>An order a payment pays for, and how much of it.</summary>
public sealed class PaymentOrder
{
    public Guid PaymentId { get; init; }

    public Guid OrderId { get; init; }

    public Guid MerchantId { get; init; }

    public decimal Amount { get; init; }
}
