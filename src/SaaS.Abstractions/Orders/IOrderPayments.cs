namespace SaaS.Orders;

/// <summary>
/// How payments tell orders that money arrived: never a public endpoint, only a provider's verified webhook or
/// an operator's confirmation of a bank transfer reaches it. The order's reserved stock becomes sold in the same
/// transaction. An order not waiting for payment is refused with 409 naming its state.
/// </summary>
public interface IOrderPayments
{
    Task MarkPaidAsync(Guid orderId, string reference, CancellationToken cancellationToken);
}
