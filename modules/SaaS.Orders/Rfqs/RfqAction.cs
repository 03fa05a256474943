namespace SaaS.Orders.Rfqs;

/// <summary>What the merchant, the buyer or the expiry does to an RFQ; <see cref="RfqStateMachine"/> says where it leads.</summary>
public enum RfqAction
{
    Quote,
    Decline,
    Accept,
    Expire,
}
