using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.Credit;
using SaaS.Payments.Data;
using SaaS.Payments.Orders;
using SaaS.Payments.Payments;
using SaaS.Problems;

namespace SaaS.Payments.Storefront;

/// <summary>
/// Builds the payment selection of a checkout. Only the ways to pay the buyer chose at checkout are offered: the
/// orders' refunds go back the way they were placed to be paid, so a card payment for bank-transfer orders would
/// be refunded by bank while its money sits at Stripe.
/// </summary>
public sealed class CheckoutPaymentPage(PaymentsDbContext db, IEnumerable<IPaymentProvider> providers, IMerchantDirectory merchants, MarketplaceCalendar calendar)
{
    public const string View = "PayCheckout";
    public const string Form = "pay";

    public async Task<object> ModelAsync(BuyerPage page, Guid checkoutId)
    {
        var company = page.Buyer.Company.Id;
        var accounts = await db.OrderAccounts.AsNoTracking().Where(a => a.CheckoutId == checkoutId && a.CompanyId == company).OrderBy(a => a.Id).ToListAsync(page.Aborted);
        if (accounts.Count == 0) throw new NotFoundException("checkoutId", "Your company has no such checkout.");
        var method = accounts[0].PaymentMethod;
        var offered = new List<string>();
        foreach (var provider in providers.Where(p => p.Method == method))
        {
            if (await provider.AvailableAsync(page.Aborted)) offered.Add(provider.Method);
        }
        var refused = page.RefusalOf(Form);
        var chosen = refused?.Value("method") ?? method;
        var open = await db.Payments.AsNoTracking()
            .Where(p => p.CheckoutId == checkoutId && p.CompanyId == company && (p.State == PaymentState.Pending || p.State == PaymentState.Submitted))
            .OrderByDescending(p => p.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(page.Aborted);
        var names = await merchants.FindAsync(accounts.Select(a => a.MerchantId).Distinct().ToList(), page.Aborted);
        var groups = accounts.GroupBy(a => a.MerchantId).Select(g => new PayMerchantGroup(
            names.GetValueOrDefault(g.Key)?.Name ?? "",
            g.Where(a => a.State == OrderAccountState.Unpaid).Sum(a => a.Total),
            g.Select(a => new PayOrderRow(a.Id, a.Total, PaymentLabels.OrderStates[a.State.ToString()])).ToList())).ToList();
        return new PayCheckoutModel(page.Form, checkoutId, groups, groups.Sum(g => g.Amount), PaymentLabels.Method(method),
            offered.Select(m => new Choice(m, PaymentLabels.Method(m), m == chosen)).ToList(), refused?.Error("method"), open)
        {
            CreditInvoices = method == CreditOrders.Method ? await InvoicesAsync(accounts.Select(a => a.Id).ToList(), page.Aborted) : null,
        };
    }

    /// <summary>Credit orders are paid from the company's credit when they become payable: their invoices are what is left to settle.</summary>
    private async Task<IReadOnlyList<CreditInvoiceRow>> InvoicesAsync(IReadOnlyList<Guid> orderIds, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        return (await db.CreditInvoices.AsNoTracking().Where(i => orderIds.Contains(i.OrderId)).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .Select(i => new CreditInvoiceRow(InvoiceView.Of(i, today))).ToList();
    }
}
