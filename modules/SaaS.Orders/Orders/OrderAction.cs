namespace SaaS.Orders.Orders;

/// <summary>What someone (or the expiry job) does to an order; <see cref="OrderStateMachine"/> says where it leads.</summary>
public enum OrderAction
{
    Approve,
    Reject,
    Pay,
    Process,
    ShipPart,
    ShipAll,
    Deliver,
    Complete,
    Cancel,
    Expire,
}
