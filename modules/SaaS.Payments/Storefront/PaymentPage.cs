using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Orders.Orders;
using SaaS.Orders.Storefront;
using SaaS.Payments.BankTransfer;
using SaaS.Payments.Data;
using SaaS.Payments.Payments;

namespace SaaS.Payments.Storefront;

/// <summary>
/// Builds a payment's page; a buyer back from Stripe's card step has the payment checked with Stripe first, and a
/// bank transfer shows where to remit and takes the remittance with its slip.
/// </summary>
public sealed class PaymentPage(BuyerPayments payments, PaymentsDbContext db, IMerchantDirectory merchants, MarketplaceCalendar calendar)
{
    public const string View = "Payment";
    public const string CardForm = "card";
    public const string RemittanceForm = "remittance";
    private static readonly string[] RemittanceFields = ["reference", "amount", "paidOn", "slip"];

    /// <summary>Stripe's test payment methods, which test-mode keys accept without Stripe.js.</summary>
    public static readonly IReadOnlyList<(string PaymentMethod, string Label)> TestCards = [("pm_card_visa", "Visa 4242"), ("pm_card_chargeDeclined", "Declined card")];

    public async Task<object> ModelAsync(BuyerPage page, Guid paymentId)
    {
        // Stripe's return_url carries redirect_status: the card step just ended, and its webhook may not have come yet.
        var read = page.Http.Request.Query.ContainsKey("redirect_status")
            ? await payments.RefreshAsync(page.User, paymentId, page.Aborted)
            : await payments.GetAsync(page.User, paymentId, page.Aborted);
        var payment = read with { SucceededUtc = read.SucceededUtc is { } succeeded ? calendar.Local(succeeded) : null };
        var ids = payment.Orders.Select(o => o.OrderId).ToList();
        var states = await db.OrderAccounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.State.ToString(), page.Aborted);
        var names = await merchants.FindAsync(payment.Orders.Select(o => o.MerchantId).Distinct().ToList(), page.Aborted);
        var groups = payment.Orders.GroupBy(o => o.MerchantId).Select(g => new PayMerchantGroup(names.GetValueOrDefault(g.Key)?.Name ?? "", g.Sum(o => o.Amount),
            g.Select(o => new PayOrderRow(o.OrderId, o.Amount, PaymentLabels.OrderStates.GetValueOrDefault(states.GetValueOrDefault(o.OrderId, ""), ""))).ToList())).ToList();
        var refused = page.RefusalOf(CardForm);
        var chosen = refused?.Value("paymentMethod") ?? TestCards[0].PaymentMethod;
        return new PaymentPageModel(page.Form, payment, PaymentLabels.PaymentStates[payment.State], PaymentLabels.Method(payment.Method), groups,
            TestCards.Select(c => new Choice(c.PaymentMethod, c.Label, c.PaymentMethod == chosen)).ToList(), refused?.Error("paymentMethod"),
            PaymentEndpoints.ReturnUrl(page.Http, paymentId))
        {
            Transfer = payment.BankTransfer is { } transfer ? Transfer(page, payment, transfer) : null,
        };
    }

    private TransferPanel Transfer(BuyerPage page, PaymentView payment, BankTransferView transfer)
    {
        var refused = page.RefusalOf(RemittanceForm);
        var stillDue = Math.Max(0, payment.Amount - payment.Received);
        var today = calendar.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>
        {
            ["reference"] = refused?.Value("reference") ?? "",
            ["amount"] = refused?.Value("amount") ?? stillDue.ToString("0.00", CultureInfo.InvariantCulture),
            ["paidOn"] = refused?.Value("paidOn") ?? today,
        };
        var errors = RemittanceFields.Where(f => refused?.Error(f) is not null).ToDictionary(f => f, f => refused!.Error(f)!);
        var awaitsMoney = payment.State is nameof(PaymentState.Pending) or nameof(PaymentState.PartlyReceived);
        return new TransferPanel(transfer.Account, transfer.ReferenceCode, stillDue,
            transfer.Remittances.Reverse().Select(r => new RemittanceRow(r, PaymentLabels.RemittanceStates[r.State])).ToList(), awaitsMoney, values, errors,
            refused?.Except(RemittanceFields), today);
    }
}
