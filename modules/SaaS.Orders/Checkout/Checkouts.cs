using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog;
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
/// Turns a company's cart (its lines not saved for later) into one order per merchant sharing a checkout id, at
/// the prices of the moment, with every line's stock reserved in the same transaction: all orders or none.
/// </summary>
public sealed class Checkouts(
    OrdersDbContext db,
    ICompanyDirectory companies,
    ICatalogLookup catalog,
    IInventory inventory,
    ITenantDatabase database,
    IEventPublisher events,
    OrderTimeouts timeouts,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<string> PaymentMethods = ["card", "bank-transfer", "credit-terms"];
    public static readonly IReadOnlyList<string> InvoiceTypes = ["ordinary", "vat-special"];

    public async Task<CheckoutResult> CheckoutAsync(ClaimsPrincipal user, CheckoutRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Validate(request, DateOnly.FromDateTime(now.UtcDateTime));
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var company = buyer.Company;
        var address = await companies.AddressAsync(company.Id, request.AddressId!.Value, cancellationToken)
            ?? throw new UnprocessableException("addressId", "Your company's address book has no such address.");
        var title = request.InvoiceTitleId is { } titleId
            ? await companies.InvoiceTitleAsync(company.Id, titleId, cancellationToken) ?? throw new UnprocessableException("invoiceTitleId", "Your company has no such invoice title.")
            : null;

        var lines = await db.CartLines.Where(l => l.CompanyId == company.Id && !l.SavedForLater).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        if (lines.Count == 0) throw new ConflictException("lines", "The cart has nothing to check out.");
        var skus = await catalog.SkusAsync(lines.Select(l => l.SkuId).ToList(), company, cancellationToken);
        // Rules of the product are judged here; stock is judged by the reservation itself, which alone is race-free.
        var broken = lines.Select((l, i) => (Field: $"lines[{i}].quantity", Problem: LineCheck.Problem(skus.GetValueOrDefault(l.SkuId), l.Quantity)))
            .Where(p => p.Problem is { Status: 422 }).Select(p => (p.Field, 422, p.Problem!.Value.Message)).ToList();
        if (broken.Count > 0) throw new LinesRefusedException(broken);

        var threshold = await db.CompanyOrderRules.AsNoTracking().Where(r => r.CompanyId == company.Id).Select(r => r.ApprovalThreshold).SingleOrDefaultAsync(cancellationToken);
        var checkoutId = Guid.CreateVersion7();
        var shipTo = JsonSerializer.Serialize(address);
        var invoiceTitle = title is null ? null : JsonSerializer.Serialize(title);
        var orders = lines.GroupBy(l => skus[l.SkuId].MerchantId).Select(group =>
        {
            var order = new Order
            {
                // Minted from the checkout's clock: lists filter dates by id ranges (OrderIds).
                Id = Guid.CreateVersion7(now),
                CheckoutId = checkoutId, CompanyId = company.Id, MerchantId = group.Key, BuyerUserId = buyer.UserId, BuyerEmail = buyer.Email,
                PaymentMethod = request.PaymentMethod!, PoNumber = Trimmed(request.PoNumber), Note = Trimmed(request.Note), RequestedDeliveryDate = request.RequestedDeliveryDate,
                InvoiceType = request.InvoiceType!, InvoiceTitle = invoiceTitle, ShipTo = shipTo, PlacedUtc = now, PaymentDueUtc = now + timeouts.Unpaid,
                // Decimals are summed here, not in SQL: SQLite cannot sum them.
                Total = group.Sum(l => LineCheck.LineTotal(skus[l.SkuId], l.Quantity)),
            };
            order.Lines.AddRange(group.Select(l =>
            {
                var sku = skus[l.SkuId];
                return new OrderLine
                {
                    OrderId = order.Id, SkuId = sku.SkuId, SkuCode = sku.Code, Title = sku.Title, Unit = sku.Unit, Quantity = l.Quantity,
                    UnitPrice = sku.UnitPriceFor(l.Quantity), LineTotal = LineCheck.LineTotal(sku, l.Quantity),
                };
            }));
            order.State = threshold is { } limit && order.Total > limit ? OrderState.PendingApproval : OrderState.PendingPayment;
            order.Timeline.Add(new OrderEvent
            {
                OrderId = order.Id, AtUtc = now, Actor = buyer.Email, Action = "placed", State = order.State,
                Detail = order.State == OrderState.PendingApproval ? $"Above the company's approval threshold of {threshold}." : null,
            });
            return order;
        }).ToList();

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await inventory.ReserveAsync(lines.Select(l => new StockLine(l.SkuId, l.Quantity)).ToList(), cancellationToken);
        db.Orders.AddRange(orders);
        db.CartLines.RemoveRange(lines);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another member checked the same lines out first; leaving rolls this reservation back.
            throw new ConflictException("lines", "The cart changed while you checked out; look at it again.");
        }
        foreach (var order in orders)
        {
            await events.PublishAsync(new OrderPlaced(order.Id, checkoutId, company.Id, order.MerchantId, order.Total, order.State.ToString()), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new CheckoutResult(checkoutId, orders.Select(o => new CheckoutOrder(o.Id, o.MerchantId, o.Total, o.State.ToString())).ToList());
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
