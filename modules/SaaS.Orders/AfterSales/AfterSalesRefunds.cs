using Microsoft.EntityFrameworkCore;
using SaaS.Problems;

namespace SaaS.Orders.AfterSales;

public sealed class AfterSalesRefunds(AfterSalesSteps steps) : IAfterSalesRefunds
{
    public async Task MarkRefundedAsync(Guid requestId, string reference, CancellationToken cancellationToken)
    {
        var request = await steps.Requests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException("requestId", "There is no such after-sales request.");
        var order = await steps.Orders.SingleAsync(o => o.Id == request.OrderId, cancellationToken);
        await steps.MoveAsync(request, order, AfterSalesAction.Refund, "payments", reference, cancellationToken, r => r.RefundReference = reference);
    }
}
