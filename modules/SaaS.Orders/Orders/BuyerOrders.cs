using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Orders;

/// <summary>
/// Orders as the buyer company sees them: its own only (another company's order is not found), approved or
/// rejected by its approvers, cancelled before shipment, received and completed by its members.
/// </summary>
public sealed class BuyerOrders(OrdersDbContext db, ICompanyDirectory companies, OrderTransitions transitions, BuyerAfterSales afterSales, OrderTimeouts timeouts, TimeProvider clock)
{
    /// <param name="checkout">Only the orders one checkout placed (one per merchant).</param>
    public async Task<IReadOnlyList<OrderSummary>> ListAsync(ClaimsPrincipal user, OrderState? state, Guid? checkout, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        return await OrderLists.SummariesAsync(db.Orders.Where(o => o.CompanyId == buyer.Company.Id && (checkout == null || o.CheckoutId == checkout)), state, cancellationToken);
    }

    /// <summary>The company's orders waiting for an approver, oldest first, lines included; only approvers see them.</summary>
    public async Task<IReadOnlyList<OrderView>> AwaitingApprovalAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        RequireApprover(buyer);
        var waiting = await transitions.Orders.AsNoTracking().Where(o => o.CompanyId == buyer.Company.Id && o.State == OrderState.PendingApproval)
            .OrderBy(o => o.Id).Take(200).ToListAsync(cancellationToken);
        return waiting.Select(OrderView.From).ToList();
    }

    public async Task<OrderView> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (_, order) = await FindAsync(user, id, cancellationToken);
        return OrderView.From(order) with { AfterSales = await afterSales.ForOrderAsync(order, cancellationToken) };
    }

    /// <summary>An approver of the company lets an order over the threshold go on to payment; never their own order.</summary>
    public async Task<OrderView> ApproveAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (buyer, order) = await FindAsync(user, id, cancellationToken);
        RequireApprover(buyer);
        if (order.BuyerUserId == buyer.UserId) throw new ForbiddenException("order", "You placed this order; another approver of your company must approve it.");
        var now = clock.GetUtcNow();
        return OrderView.From(await transitions.MoveAsync(order, OrderAction.Approve, buyer.Email, null, cancellationToken,
            o => o.PaymentDueUtc = now + timeouts.Unpaid));
    }

    public async Task<OrderView> RejectAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var (buyer, order) = await FindAsync(user, id, cancellationToken);
        RequireApprover(buyer);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000) throw new ValidationFailedException("reason", "Say why, in 1 to 1000 characters.");
        return OrderView.From(await transitions.MoveAsync(order, OrderAction.Reject, buyer.Email, reason.Trim(), cancellationToken));
    }

    /// <summary>Any member may cancel before shipment; the reserved (or, once paid, sold) units go back to the merchant's stock.</summary>
    public async Task<OrderView> CancelAsync(ClaimsPrincipal user, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var (buyer, order) = await FindAsync(user, id, cancellationToken);
        if (reason?.Length > 1000) throw new ValidationFailedException("reason", "A reason has at most 1000 characters.");
        return OrderView.From(await transitions.MoveAsync(order, OrderAction.Cancel, buyer.Email, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken));
    }

    public async Task<OrderView> ReceiveAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (buyer, order) = await FindAsync(user, id, cancellationToken);
        return OrderView.From(await transitions.MoveAsync(order, OrderAction.Deliver, buyer.Email, null, cancellationToken));
    }

    public async Task<OrderView> CompleteAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var (buyer, order) = await FindAsync(user, id, cancellationToken);
        return OrderView.From(await transitions.MoveAsync(order, OrderAction.Complete, buyer.Email, null, cancellationToken));
    }

    private static void RequireApprover(CompanyBuyer buyer)
    {
        if (buyer.Role != CompanyBuyer.ApproverRole) throw new ForbiddenException("role", $"Your role ({buyer.Role}) may not approve orders; ask an Approver.");
    }

    private async Task<(CompanyBuyer Buyer, Order Order)> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var order = await transitions.Orders.SingleOrDefaultAsync(o => o.Id == id && o.CompanyId == buyer.Company.Id, cancellationToken)
            ?? throw new NotFoundException("id", "Your company has no such order.");
        return (buyer, order);
    }
}
