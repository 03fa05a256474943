using Microsoft.EntityFrameworkCore;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

public sealed class OrderPayments(OrderTransitions transitions) : IOrderPayments
{
    public async Task MarkPaidAsync(Guid orderId, string reference, CancellationToken cancellationToken)
    {
        var order = await transitions.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new NotFoundException("orderId", "There is no such order.");
        await transitions.MoveAsync(order, OrderAction.Pay, "payments", reference, cancellationToken, o => o.PaymentReference = reference);
    }
}
