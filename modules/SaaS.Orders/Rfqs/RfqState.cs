namespace SaaS.Orders.Rfqs;

public enum RfqState
{
    Requested,
    Quoted,
    Accepted,
    Declined,
    Expired,
}
