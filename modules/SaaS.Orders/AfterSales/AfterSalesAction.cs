namespace SaaS.Orders.AfterSales;

public enum AfterSalesAction
{
    Accept,
    Reject,
    ShipBack,
    Receive,
    Refund,
    Cancel,
}
