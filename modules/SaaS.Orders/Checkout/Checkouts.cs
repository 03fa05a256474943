using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Orders.Carts;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Checkout;

/// <summary>
/// Turns a company's cart (its lines not saved for later) into one order per merchant sharing a checkout id, at
/// the prices of the moment, with every line's stock reserved and the cart emptied in the same transaction: all
/// orders or none.
/// </summary>
public sealed class Checkouts(OrdersDbContext db, ICompanyDirectory companies, ICatalogLookup catalog, OrderPlacement placement, ITenantDatabase database)
{
    public async Task<CheckoutResult> CheckoutAsync(ClaimsPrincipal user, CheckoutRequest request, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var terms = await placement.TermsAsync(buyer, request, cancellationToken);

        var lines = await db.CartLines.Where(l => l.CompanyId == buyer.Company.Id && !l.SavedForLater).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        if (lines.Count == 0) throw new ConflictException("lines", "The cart has nothing to check out.");
        var skus = await catalog.SkusAsync(lines.Select(l => l.SkuId).ToList(), buyer.Company, cancellationToken);
        // Rules of the product are judged here; stock is judged by the reservation itself, which alone is race-free.
        var broken = lines.Select((l, i) => (Field: $"lines[{i}].quantity", Problem: LineCheck.Problem(skus.GetValueOrDefault(l.SkuId), l.Quantity)))
            .Where(p => p.Problem is { Status: 422 }).Select(p => (p.Field, 422, p.Problem!.Value.Message)).ToList();
        if (broken.Count > 0) throw new LinesRefusedException(broken);
        var priced = lines.Select((l, i) => new PricedLine(skus[l.SkuId], l.Quantity, skus[l.SkuId].UnitPriceFor(l.Quantity), $"lines[{i}].quantity")).ToList();

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.CartLines.RemoveRange(lines);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another member checked the same lines out first; leaving rolls the removal back.
            throw new ConflictException("lines", "The cart changed while you checked out; look at it again.");
        }
        var orders = await placement.PlaceAsync(buyer, terms, priced, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CheckoutResult(orders[0].CheckoutId, orders.Select(o => new CheckoutOrder(o.Id, o.MerchantId, o.Total, o.State.ToString())).ToList());
    }
}
