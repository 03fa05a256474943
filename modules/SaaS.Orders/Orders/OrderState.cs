namespace SaaS.Orders.Orders;

public enum OrderState
{
    PendingApproval,
    PendingPayment,
    Paid,
    Processing,
    PartiallyShipped,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
}
