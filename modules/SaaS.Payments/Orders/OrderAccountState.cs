namespace SaaS.Payments.Orders;

public enum OrderAccountState
{
    AwaitingApproval,
    Unpaid,
    Paid,
    Completed,
    Cancelled,
}
