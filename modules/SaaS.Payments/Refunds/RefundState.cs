namespace SaaS.Payments.Refunds;

public enum RefundState
{
    /// <summary>Booked; waiting to be sent (by Stripe, or by the operator's bank for a transfer).</summary>
    Pending,
    Sent,
}
