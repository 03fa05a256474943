using Microsoft.EntityFrameworkCore;
using SaaS.Catalog;
using SaaS.Orders.AfterSales;
using SaaS.Orders.Orders;
using SaaS.Payments.Commissions;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Refunds;
using SaaS.Tenants;

namespace SaaS.Payments.Orders;

/// <summary>
/// Keeps payments' account of each order in step with the orders module, inside the order's own transaction: the
/// commission priced per line when it is placed, the merchant's earnings made payable when it completes, a refund
/// when a paid order is cancelled or after-sales agrees one, and settlement held while after-sales is open.
/// </summary>
public sealed class OrderAccountHandlers(
    PaymentsDbContext db, ICatalogLookup catalog, Ledger.Ledger ledger, RefundBook refunds, ITenant tenant, TimeProvider clock)
    : SaaS.Events.IEventHandler<OrderPlaced>, SaaS.Events.IEventHandler<OrderStateChanged>, SaaS.Events.IEventHandler<AfterSalesChanged>
{
    private bool On => tenant.IsFeatureEnabled(Manifest.PaymentsFeature);

    public async Task HandleAsync(OrderPlaced placed, CancellationToken cancellationToken)
    {
        if (!On) return;
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var rules = await db.CommissionRules.AsNoTracking().ToListAsync(cancellationToken);
        var paths = await catalog.CategoryPathsAsync(placed.Lines.Select(l => l.CategoryId).ToList(), cancellationToken);
        var lines = placed.Lines.Select(l => CommissionPricing.Price(placed.OrderId, placed.MerchantId, l, paths[l.CategoryId], rules, day)).ToList();
        db.OrderAccounts.Add(new OrderAccount
        {
            Id = placed.OrderId, CheckoutId = placed.CheckoutId, CompanyId = placed.CompanyId, MerchantId = placed.MerchantId, PaymentMethod = placed.PaymentMethod,
            Total = placed.Total, Commission = lines.Sum(l => l.Commission), PlacedUtc = now, Lines = lines,
            State = placed.State == nameof(OrderState.PendingApproval) ? OrderAccountState.AwaitingApproval : OrderAccountState.Unpaid,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HandleAsync(OrderStateChanged changed, CancellationToken cancellationToken)
    {
        if (!On) return;
        var account = await db.OrderAccounts.SingleOrDefaultAsync(a => a.Id == changed.OrderId, cancellationToken);
        if (account is null) return;
        switch (changed.To)
        {
            case nameof(OrderState.PendingPayment) when account.State == OrderAccountState.AwaitingApproval:
                account.State = OrderAccountState.Unpaid;
                break;
            // An order paid outside payments' books (before the feature was on) has no money here to make payable or refund.
            case nameof(OrderState.Completed) when account.State == OrderAccountState.Paid:
                account.State = OrderAccountState.Completed;
                account.CompletedUtc = clock.GetUtcNow();
                await ledger.PostAsync(new JournalDraft(EntryKinds.OrderCompleted, "order", account.Id, "Order completed: the merchant's share becomes payable")
                    .Debit(LedgerAccounts.MerchantPending(account.MerchantId), account.MerchantShare)
                    .Credit(LedgerAccounts.MerchantPayable(account.MerchantId), account.MerchantShare), cancellationToken);
                break;
            case nameof(OrderState.Cancelled) when account.State == OrderAccountState.Paid:
                if (account.Total > account.Refunded)
                {
                    await refunds.BookAsync(account, account.Total - account.Refunded, null, "Order cancelled after payment", cancellationToken);
                }
                account.State = OrderAccountState.Cancelled;
                break;
            case nameof(OrderState.Cancelled):
                account.State = OrderAccountState.Cancelled;
                break;
            default:
                return;
        }
        account.Version++;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task HandleAsync(AfterSalesChanged changed, CancellationToken cancellationToken)
    {
        if (!On) return;
        if (changed.From is null) db.AfterSalesHolds.Add(new AfterSalesHold { AfterSalesId = changed.RequestId, OrderId = changed.OrderId });
        if (changed.To is nameof(AfterSalesState.Refunded) or nameof(AfterSalesState.Rejected) or nameof(AfterSalesState.Cancelled))
        {
            await db.AfterSalesHolds.Where(h => h.AfterSalesId == changed.RequestId).ExecuteDeleteAsync(cancellationToken);
        }
        if (changed.To == nameof(AfterSalesState.RefundPending) && changed.RefundAmount is > 0 and var amount)
        {
            var account = await db.OrderAccounts.SingleOrDefaultAsync(a => a.Id == changed.OrderId, cancellationToken);
            if (account?.State is OrderAccountState.Paid or OrderAccountState.Completed) await refunds.BookAsync(account, amount, changed.RequestId, $"After-sales {changed.Kind}", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
