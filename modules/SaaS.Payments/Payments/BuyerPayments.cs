using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders;
using SaaS.Payments.Data;
using SaaS.Payments.Orders;
using SaaS.Payments.Stripe;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Payments.Payments;

/// <summary>
/// A buyer company pays the unpaid orders of one checkout: one payment, whichever merchants they belong to, through
/// the provider of the chosen method. Another company's payments and orders are not found (404).
/// </summary>
public sealed class BuyerPayments(
    PaymentsDbContext db, ICompanyDirectory companies, IEnumerable<IPaymentProvider> providers, PaymentBook book, StripeGateway stripe,
    PaymentViews views, ITenant tenant, TimeProvider clock)
{
    public async Task<PaymentView> StartAsync(ClaimsPrincipal user, StartPaymentRequest request, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (request.CheckoutId is null) errors["checkoutId"] = ["Say which checkout to pay."];
        var provider = providers.SingleOrDefault(p => p.Method == request.Method);
        if (provider is null) errors["method"] = [$"Pay by {string.Join(" or ", providers.Select(p => p.Method))}."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        if (!await provider!.AvailableAsync(cancellationToken)) throw new UnprocessableException("method", $"This marketplace does not take {request.Method} payments.");

        var unpaid = await db.OrderAccounts.AsNoTracking()
            .Where(a => a.CheckoutId == request.CheckoutId && a.CompanyId == buyer.Company.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (unpaid.Count == 0) throw new NotFoundException("checkoutId", "Your company has no such checkout.");
        unpaid = unpaid.Where(a => a.State == OrderAccountState.Unpaid).ToList();
        if (unpaid.Count == 0) throw new ConflictException("checkoutId", "Nothing of this checkout is waiting for payment (paid, cancelled or waiting for approval).");

        var ids = unpaid.Select(a => a.Id).ToHashSet();
        var open = await db.Payments.Include(p => p.Orders)
            .Where(p => p.CheckoutId == request.CheckoutId && p.Method == request.Method
                && (p.State == PaymentState.Pending || p.State == PaymentState.Submitted || p.State == PaymentState.PartlyReceived))
            .ToListAsync(cancellationToken);
        // The same orders by the same method: the buyer came back to the payment already started.
        if (open.FirstOrDefault(p => p.Orders.Select(o => o.OrderId).ToHashSet().SetEquals(ids)) is { } existing) return await ViewAsync(existing, cancellationToken);

        var payment = new Payment
        {
            Method = request.Method!, Purpose = PaymentPurpose.Orders, CompanyId = buyer.Company.Id, CheckoutId = request.CheckoutId, Amount = unpaid.Sum(a => a.Total),
            Currency = tenant.Site.DefaultCurrency, State = PaymentState.Pending, CreatedBy = buyer.Email, CreatedUtc = clock.GetUtcNow(),
            Orders = unpaid.Select(a => new PaymentOrder { OrderId = a.Id, MerchantId = a.MerchantId, Amount = a.Total }).ToList(),
        };
        // Saved before the provider is called: its idempotency key is this id, so a retry after a failure finds the same intent.
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await provider.StartAsync(payment, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(payment, cancellationToken);
    }

    public async Task<PaymentView> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await ViewAsync(await MineAsync(user, id, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<PaymentView>> ListAsync(ClaimsPrincipal user, Guid? checkoutId, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var payments = await db.Payments.AsNoTracking().Include(p => p.Orders)
            .Where(p => p.CompanyId == buyer.Company.Id && (checkoutId == null || p.CheckoutId == checkoutId)).OrderByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        return payments.Select(p => PaymentView.Of(p)).ToList();
    }

    /// <summary>
    /// Confirms a card payment on the server with a Stripe test card (test-mode keys only: live cards are entered in
    /// Stripe.js, never here). A declined card is 422 with Stripe's reason; a succeeded one is booked at once.
    /// </summary>
    public async Task<PaymentView> ConfirmCardAsync(ClaimsPrincipal user, Guid id, ConfirmCardRequest request, string returnUrl, CancellationToken cancellationToken)
    {
        var payment = await MineAsync(user, id, cancellationToken);
        if (payment.Method != "card") throw new ConflictException("method", "This payment is not by card.");
        if (payment.State != PaymentState.Pending) throw new ConflictException("state", $"The payment is {payment.State}.");
        var keys = await stripe.KeysAsync(cancellationToken);
        if (!keys.TestMode) throw new ConflictException("paymentMethod", "Live card payments are entered on Stripe's form.");
        if (string.IsNullOrWhiteSpace(request.PaymentMethod) || !request.PaymentMethod.StartsWith("pm_", StringComparison.Ordinal))
        {
            throw new ValidationFailedException("paymentMethod", "Choose a test card (a pm_… payment method).");
        }
        global::Stripe.PaymentIntent intent;
        try
        {
            intent = await stripe.ConfirmAsync(payment.ProviderReference!, request.PaymentMethod, returnUrl, cancellationToken);
        }
        catch (global::Stripe.StripeException declined) when (declined.StripeError?.Type == "card_error")
        {
            await db.Payments.Where(p => p.Id == payment.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastError, declined.StripeError.Message), cancellationToken);
            throw new UnprocessableException("paymentMethod", declined.StripeError.Message ?? "The card was declined.");
        }
        if (CardProvider.Receipt(intent) is { } receipt) await book.ReceiveAsync(payment.Id, receipt.Amount, receipt.Reference, receipt.ChargeId, cancellationToken);
        return await GetAsync(user, id, cancellationToken);
    }

    /// <summary>Asks the provider about a payment still open (the buyer is back from the card page) and books what arrived.</summary>
    public async Task<PaymentView> RefreshAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var payment = await MineAsync(user, id, cancellationToken);
        await PendingPaymentSweep.CheckAsync(payment, providers, book, cancellationToken);
        return await GetAsync(user, id, cancellationToken);
    }

    private async Task<Payment> MineAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        db.ChangeTracker.Clear();
        return await db.Payments.AsNoTracking().Include(p => p.Orders).SingleOrDefaultAsync(p => p.Id == id && p.CompanyId == buyer.Company.Id, cancellationToken)
            ?? throw new NotFoundException("paymentId", "Your company has no such payment.");
    }

    private Task<PaymentView> ViewAsync(Payment payment, CancellationToken cancellationToken) => views.ViewAsync(payment, Payer.CompanyPath, cancellationToken);
}
