namespace SaaS.Payments.Settlement;

public enum PayoutState
{
    Pending,
    Sent,
}
