namespace SaaS.Orders;

/// <summary>
/// How payments tell after-sales that a refund went out: a request waiting in RefundPending becomes Refunded.
/// Like <see cref="IOrderPayments"/>, never a public endpoint; anything else is refused with 409 naming its state.
/// </summary>
public interface IAfterSalesRefunds
{
    Task MarkRefundedAsync(Guid requestId, string reference, CancellationToken cancellationToken);
}
