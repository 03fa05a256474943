using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Events;
using SaaS.Inventory;
using SaaS.Orders.Carts;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Checkout;

/// <summary>
/// Where every order is born, whether from the cart's checkout or from an accepted quote: the buyer's terms judged
/// against the company's books, one order per merchant built from priced lines, the company's approval threshold
/// applied, the stock reserved and <see cref="OrderPlaced"/> published, in one transaction the caller may widen.
/// </summary>
public sealed class OrderPlacement(
    OrdersDbContext db,
    ICompanyDirectory companies,
    IInventory inventory,
    ITenantDatabase database,
    IEventPublisher events,
    OrderTimeouts timeouts,
    MarketplaceCalendar calendar,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<string> PaymentMethods = ["card", "bank-transfer", "credit-terms"];
    public static readonly IReadOnlyList<string> InvoiceTypes = ["ordinary", "vat-special"];

    /// <summary>Judges the request's fields (400), then its address and invoice title against the company's books (422).</summary>
    public async Task<CheckoutTerms> TermsAsync(CompanyBuyer buyer, CheckoutRequest request, CancellationToken cancellationToken)
    {
        Validate(request, calendar.Today);
        var company = buyer.Company;
        var address = await companies.AddressAsync(company.Id, request.AddressId!.Value, cancellationToken)
            ?? throw new UnprocessableException("addressId", "Your company's address book has no such address.");
        var title = request.InvoiceTitleId is { } titleId
            ? await companies.InvoiceTitleAsync(company.Id, titleId, cancellationToken) ?? throw new UnprocessableException("invoiceTitleId", "Your company has no such invoice title.")
            : null;
        return new CheckoutTerms(JsonSerializer.Serialize(address), title is null ? null : JsonSerializer.Serialize(title), request.InvoiceType!, request.PaymentMethod!,
            Trimmed(request.PoNumber), Trimmed(request.Note), request.RequestedDeliveryDate);
    }

    /// <summary>
    /// Places one order per merchant of <paramref name="lines"/>, sharing a new checkout id, and saves them. A line
    /// whose stock is short is 409 under its own field, and nothing is written. Joins the caller's transaction, so
    /// what the caller changes alongside (the cart emptied, the quote accepted) commits or rolls back with the orders.
    /// </summary>
    /// <param name="origin">Said on each order's first timeline entry, e.g. the quote it comes from.</param>
    public async Task<IReadOnlyList<Order>> PlaceAsync(CompanyBuyer buyer, CheckoutTerms terms, IReadOnlyList<PricedLine> lines, string? origin, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var threshold = await db.CompanyOrderRules.AsNoTracking().Where(r => r.CompanyId == buyer.Company.Id).Select(r => r.ApprovalThreshold).SingleOrDefaultAsync(cancellationToken);
        var checkoutId = Guid.CreateVersion7();
        var orders = lines.GroupBy(l => l.Sku.MerchantId).Select(group =>
        {
            var order = new Order
            {
                // Minted from the placement's clock: lists filter dates by id ranges (OrderIds).
                Id = Guid.CreateVersion7(now),
                CheckoutId = checkoutId, CompanyId = buyer.Company.Id, MerchantId = group.Key, BuyerUserId = buyer.UserId, BuyerEmail = buyer.Email,
                PaymentMethod = terms.PaymentMethod, PoNumber = terms.PoNumber, Note = terms.Note, RequestedDeliveryDate = terms.RequestedDeliveryDate,
                InvoiceType = terms.InvoiceType, InvoiceTitle = terms.InvoiceTitle, ShipTo = terms.ShipTo, PlacedUtc = now, PaymentDueUtc = now + timeouts.Unpaid,
                // Decimals are summed here, not in SQL: SQLite cannot sum them.
                Total = group.Sum(l => l.LineTotal),
            };
            order.Lines.AddRange(group.Select(l => new OrderLine
            {
                OrderId = order.Id, SkuId = l.Sku.SkuId, SkuCode = l.Sku.Code, Title = l.Sku.Title, Unit = l.Sku.Unit, Quantity = l.Quantity,
                UnitPrice = l.UnitPrice, LineTotal = l.LineTotal,
            }));
            order.State = threshold is { } limit && order.Total > limit ? OrderState.PendingApproval : OrderState.PendingPayment;
            var approval = order.State == OrderState.PendingApproval ? $"Above the company's approval threshold of {threshold}." : null;
            order.Timeline.Add(new OrderEvent
            {
                OrderId = order.Id, AtUtc = now, Actor = buyer.Email, Action = "placed", State = order.State,
                Detail = origin is null && approval is null ? null : string.Join(" ", new[] { origin, approval }.Where(d => d is not null)),
            });
            return order;
        }).ToList();

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync(cancellationToken);
        var categories = lines.GroupBy(l => l.Sku.SkuId).ToDictionary(g => g.Key, g => g.First().Sku.CategoryId);
        foreach (var order in orders)
        {
            var placed = order.Lines.Select(l => new PlacedLine(l.Id, l.SkuId, categories[l.SkuId], l.Quantity, l.LineTotal)).ToList();
            await events.PublishAsync(new OrderPlaced(order.Id, checkoutId, buyer.Company.Id, order.MerchantId, order.Total, order.State.ToString(), order.PaymentMethod, placed, order.BuyerUserId), cancellationToken);
        }
        // Stock goes last: on PostgreSQL a reservation locks its SKU rows until commit, and every buyer of a popular
        // SKU queues on that lock, so it is held for the commit alone. A short line rolls the orders back with it.
        try
        {
            await inventory.ReserveAsync(lines.Select(l => new StockLine(l.Sku.SkuId, l.Quantity)).ToList(), cancellationToken);
        }
        catch (InsufficientStockException shortage)
        {
            throw new LinesRefusedException(shortage.Shortages
                .Select(s => (lines[s.Line].Field, 409, $"Only {Math.Max(0, s.Available)} available; {s.Requested} requested.")).ToList());
        }
        await transaction.CommitAsync(cancellationToken);
        return orders;
    }

    private static void Validate(CheckoutRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.AddressId is null) errors["addressId"] = ["Choose a delivery address from your company's address book."];
        if (request.InvoiceType is null || !InvoiceTypes.Contains(request.InvoiceType)) errors["invoiceType"] = ["The invoice type is ordinary or vat-special."];
        if (request.InvoiceType == "vat-special" && request.InvoiceTitleId is null) errors["invoiceTitleId"] = ["A VAT special invoice needs your company's invoice title."];
        if (request.PaymentMethod is null || !PaymentMethods.Contains(request.PaymentMethod)) errors["paymentMethod"] = [$"The payment method is one of {string.Join(", ", PaymentMethods)}."];
        if (request.PoNumber?.Trim().Length > 64) errors["poNumber"] = ["A PO number has at most 64 characters."];
        if (request.Note?.Trim().Length > 1000) errors["note"] = ["A note has at most 1000 characters."];
        if (request.RequestedDeliveryDate < today) errors["requestedDeliveryDate"] = ["The requested delivery date is today or later."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
