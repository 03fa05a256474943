using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Jobs;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>
/// Cancels orders left waiting for approval or payment past their due time, releasing their stock. A payment that
/// lands first wins: the expiry then meets a changed order and leaves it alone.
/// </summary>
public sealed class UnpaidOrderExpiry(ILogger<UnpaidOrderExpiry> logger) : ITenantJob
{
    public string Name => "unpaid-order-expiry";

    public string? FeatureId => Manifest.OrdersFeature;

    public async Task RunAsync(IServiceProvider tenantServices, CancellationToken cancellationToken)
    {
        var db = tenantServices.GetRequiredService<OrdersDbContext>();
        var transitions = tenantServices.GetRequiredService<OrderTransitions>();
        var now = tenantServices.GetRequiredService<TimeProvider>().GetUtcNow();
        // SQLite cannot compare DateTimeOffset columns: the unpaid orders (found by state) are filtered here.
        var waiting = await db.Orders.AsNoTracking().Where(o => o.State == OrderState.PendingPayment || o.State == OrderState.PendingApproval)
            .Select(o => new { o.Id, o.PaymentDueUtc }).ToListAsync(cancellationToken);
        foreach (var due in waiting.Where(o => o.PaymentDueUtc <= now))
        {
            var order = await transitions.Orders.SingleAsync(o => o.Id == due.Id, cancellationToken);
            try
            {
                await transitions.MoveAsync(order, OrderAction.Expire, "system", "Not paid in time.", cancellationToken);
                logger.LogInformation("Cancelled unpaid order {OrderId}", order.Id);
            }
            catch (ConflictException)
            {
                // Paid, approved or cancelled meanwhile: nothing to expire.
                db.ChangeTracker.Clear();
            }
        }
    }
}
