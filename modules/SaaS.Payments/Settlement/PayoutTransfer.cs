namespace SaaS.Payments.Settlement;

/// <summary>One Stripe transfer of a payout: an order's share, in its checkout's transfer group, funded by its charge.</summary>
public sealed class PayoutTransfer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PayoutId { get; init; }

    public Guid OrderId { get; init; }

    public Guid CheckoutId { get; init; }

    public decimal Amount { get; init; }

    public string? ChargeId { get; init; }

    public string? TransferId { get; set; }
}
