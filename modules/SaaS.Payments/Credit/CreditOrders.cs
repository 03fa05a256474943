using System.Security.Cryptography;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Events;
using SaaS.Orders;
using SaaS.Orders.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Payments.Credit;

/// <summary>
/// Orders bought on credit terms, judged when they become payable (placed, or approved within the company) in
/// that transaction: refusing throws, which rolls the checkout or approval back (nothing placed, the cart intact, no
/// stock reserved). An accepted order is invoiced and paid from the company's receivable at once. Registered after
/// <see cref="OrderAccountHandlers"/>, whose account of the order it charges.
/// </summary>
public sealed class CreditOrders(
    PaymentsDbContext db, Ledger.Ledger ledger, PaymentBook book, IOrderPayments orders, ITenantDatabase database, MarketplaceCalendar calendar, ITenant tenant, TimeProvider clock)
    : IEventHandler<OrderPlaced>, IEventHandler<OrderStateChanged>
{
    public const string Method = "credit-terms";
    private const string NumberAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private bool On => tenant.IsFeatureEnabled(Manifest.PaymentsFeature);

    public async Task HandleAsync(OrderPlaced placed, CancellationToken cancellationToken)
    {
        if (!On || placed.PaymentMethod != Method || placed.State != nameof(OrderState.PendingPayment)) return;
        await ChargeAsync(await AccountAsync(placed.OrderId, cancellationToken), cancellationToken);
    }

    public async Task HandleAsync(OrderStateChanged changed, CancellationToken cancellationToken)
    {
        if (!On || changed.From != nameof(OrderState.PendingApproval) || changed.To != nameof(OrderState.PendingPayment)) return;
        var account = await AccountAsync(changed.OrderId, cancellationToken);
        if (account.PaymentMethod == Method) await ChargeAsync(account, cancellationToken);
    }

    private async Task ChargeAsync(OrderAccount order, CancellationToken cancellationToken)
    {
        var credit = await db.CreditAccounts.SingleOrDefaultAsync(a => a.CompanyId == order.CompanyId, cancellationToken)
            ?? throw new UnprocessableException("paymentMethod", "Your company has no credit terms with this marketplace; choose another payment method.");
        var today = calendar.Today;
        var overdue = (await db.CreditInvoices.AsNoTracking().Where(i => i.CompanyId == order.CompanyId && i.State == CreditInvoiceState.Open).ToListAsync(cancellationToken))
            .Where(i => i.OverdueOn(today)).ToList();
        if (overdue.Count > 0)
        {
            throw new UnprocessableException("paymentMethod",
                $"Overdue invoices block new credit orders: {string.Join(", ", overdue.Select(i => $"{i.Number} ({i.Open:0.00} due {i.DueOn:yyyy-MM-dd})"))}.");
        }
        var available = credit.Limit - await ledger.BalanceAsync(LedgerAccounts.CreditReceivable(order.CompanyId), cancellationToken);
        if (order.Total > available)
        {
            throw new UnprocessableException("paymentMethod",
                $"The order's {order.Total:0.00} is more than the {Math.Max(0, available):0.00} available of your company's credit limit of {credit.Limit:0.00}.");
        }
        // Another checkout on the same credit reads the same headroom; the version makes the later of the two fail.
        credit.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("paymentMethod", "Another order on your company's credit was placed at the same moment; try again.");
        }
        var invoice = new CreditInvoice
        {
            Number = $"INV-{today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetString(NumberAlphabet, 6)}",
            CompanyId = order.CompanyId, OrderId = order.Id, MerchantId = order.MerchantId, Amount = order.Total, IssuedUtc = clock.GetUtcNow(), IssuedOn = today,
            DueOn = today.AddDays(credit.NetDays),
        };
        db.CreditInvoices.Add(invoice);
        await book.BookOrderPaidAsync(order, EntryKinds.CreditInvoice, LedgerAccounts.CreditReceivable(order.CompanyId), null, $"Order bought on credit, invoice {invoice.Number}", cancellationToken);
        // The checkout reserves stock after its events, and payment sells reserved stock: the order is marked paid
        // once everything else is done, just before the same transaction commits.
        await database.BeforeCommitAsync(token => orders.MarkPaidAsync(order.Id, invoice.Number, token), cancellationToken);
    }

    private async Task<OrderAccount> AccountAsync(Guid orderId, CancellationToken cancellationToken) =>
        await db.OrderAccounts.SingleOrDefaultAsync(a => a.Id == orderId, cancellationToken)
        ?? throw new InvalidOperationException($"Order {orderId} has no payments account: {nameof(OrderAccountHandlers)} must handle its events before {nameof(CreditOrders)}.");
}
