using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog;
using SaaS.Companies;
using SaaS.Data;
using SaaS.Events;
using SaaS.Orders.Carts;
using SaaS.Orders.Checkout;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// Quote requests as the buyer company sees them: its own only (another company's is not found). Any member asks
/// a merchant for a quote on SKUs on sale to the company, whatever their MOQ (a quote is how buyers negotiate),
/// writes in the thread, and accepts a standing quote, which becomes one order at the quoted prices.
/// </summary>
public sealed class BuyerRfqs(
    OrdersDbContext db,
    ICompanyDirectory companies,
    ICatalogLookup catalog,
    RfqTransitions transitions,
    RfqViews views,
    OrderPlacement placement,
    ITenantDatabase database,
    IEventPublisher events,
    RfqTimeouts timeouts,
    MarketplaceCalendar calendar,
    TimeProvider clock)
{
    public const int MaxItems = 50;

    /// <summary>The highest unit price a buyer may hope for or a merchant quote: line totals stay far inside decimal(18,2).</summary>
    public const decimal MaxUnitPrice = 100_000_000m;

    private const string NumberAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public async Task<RfqView> RequestAsync(ClaimsPrincipal user, RfqRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Validate(request, calendar.Today);
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var items = request.Items!;
        var skus = await catalog.SkusAsync(items.Select(i => i.SkuId!.Value).ToList(), buyer.Company, cancellationToken);
        var unknown = items.Select((item, i) => (Field: $"items[{i}].skuId", Sku: skus.GetValueOrDefault(item.SkuId!.Value)))
            .Where(p => p.Sku is not { Orderable: true } || p.Sku.MerchantId != request.MerchantId)
            .ToDictionary(p => p.Field, _ => new[] { "The merchant has no such SKU on sale to your company." });
        if (unknown.Count > 0) throw new UnprocessableException("Some items cannot be quoted.", unknown);

        var rfq = new Rfq
        {
            Number = $"RFQ-{calendar.Today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}-{RandomNumberGenerator.GetString(NumberAlphabet, 6)}", CompanyId = buyer.Company.Id, MerchantId = request.MerchantId!.Value,
            BuyerUserId = buyer.UserId, BuyerEmail = buyer.Email, State = RfqState.Requested, DeliveryDate = request.DeliveryDate, Note = Trimmed(request.Note),
            RequestedUtc = now, ExpiresUtc = now + timeouts.Response,
        };
        rfq.Items.AddRange(items.Select((item, i) =>
        {
            var sku = skus[item.SkuId!.Value];
            return new RfqItem
            {
                RfqId = rfq.Id, Position = i, SkuId = sku.SkuId, SkuCode = sku.Code, Title = sku.Title, Unit = sku.Unit,
                Quantity = item.Quantity!.Value, TargetPrice = item.TargetPrice,
            };
        }));
        rfq.Messages.Add(new RfqMessage { RfqId = rfq.Id, AtUtc = now, Side = RfqMessage.BuyerSide, Author = buyer.Email, Kind = "requested", Body = rfq.Note });

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.Rfqs.Add(rfq);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new RfqRequested(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId, rfq.Items.Count), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await views.ViewAsync(rfq, cancellationToken);
    }

    public async Task<IReadOnlyList<RfqSummary>> ListAsync(ClaimsPrincipal user, RfqState? state, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var mine = db.Rfqs.Where(r => r.CompanyId == buyer.Company.Id);
        await transitions.ExpireDueAsync(mine, cancellationToken);
        return await views.SummariesAsync(mine, state, cancellationToken);
    }

    public async Task<RfqView> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        await views.ViewAsync((await FindAsync(user, id, cancellationToken)).Rfq, cancellationToken);

    public async Task<RfqView> PostAsync(ClaimsPrincipal user, Guid id, MessageRequest request, CancellationToken cancellationToken)
    {
        var (buyer, rfq) = await FindAsync(user, id, cancellationToken);
        return await views.ViewAsync(await transitions.PostAsync(rfq, RfqMessage.BuyerSide, buyer.Email, request.Body, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Turns the standing quote into one order at the quoted prices, checked and placed as a checkout is (the same
    /// terms, stock reserved, the company's approval threshold), the RFQ Accepted and pointing at it, all or nothing.
    /// The SKUs must still be on sale to the company; their MOQ and tier prices no longer matter, the quote replaced them.
    /// </summary>
    public async Task<RfqView> AcceptAsync(ClaimsPrincipal user, Guid id, CheckoutRequest request, CancellationToken cancellationToken)
    {
        var (buyer, rfq) = await FindAsync(user, id, cancellationToken);
        RfqStateMachine.Next(rfq.State, RfqAction.Accept);
        var terms = await placement.TermsAsync(buyer, request, cancellationToken);
        var items = rfq.Items.OrderBy(i => i.Position).ToList();
        var skus = await catalog.SkusAsync(items.Select(i => i.SkuId).ToList(), buyer.Company, cancellationToken);
        var gone = items.Select((item, i) => (Field: $"items[{i}].skuId", Item: item)).Where(p => skus.GetValueOrDefault(p.Item.SkuId) is not { Orderable: true })
            .ToDictionary(p => p.Field, p => new[] { $"{p.Item.SkuCode} is no longer on sale." });
        if (gone.Count > 0) throw new UnprocessableException("Some items can no longer be ordered.", gone);
        var lines = items.Select((item, i) => new PricedLine(skus[item.SkuId], item.Quantity, item.UnitPrice!.Value, $"items[{i}].quantity")).ToList();

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var order = (await placement.PlaceAsync(buyer, terms, lines, $"Accepted quote {rfq.Number}.", cancellationToken)).Single();
        await transitions.MoveAsync(rfq, RfqAction.Accept, RfqMessage.BuyerSide, buyer.Email, null, cancellationToken, r => r.OrderId = order.Id);
        await transaction.CommitAsync(cancellationToken);
        return await views.ViewAsync(rfq, cancellationToken);
    }

    private async Task<(CompanyBuyer Buyer, Rfq Rfq)> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var buyer = await companies.RequireBuyerAsync(user, cancellationToken);
        var mine = db.Rfqs.Where(r => r.Id == id && r.CompanyId == buyer.Company.Id);
        await transitions.ExpireDueAsync(mine, cancellationToken);
        var rfq = await transitions.Rfqs.SingleOrDefaultAsync(r => r.Id == id && r.CompanyId == buyer.Company.Id, cancellationToken)
            ?? throw new NotFoundException("id", "Your company has no such RFQ.");
        return (buyer, rfq);
    }

    private static void Validate(RfqRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.MerchantId is null) errors["merchantId"] = ["Choose the merchant to ask."];
        if (request.Items is not { Count: > 0 and <= MaxItems }) errors["items"] = [$"Ask for 1 to {MaxItems} items."];
        var seen = new HashSet<Guid>();
        foreach (var (item, i) in (request.Items ?? []).Select((item, i) => (item, i)))
        {
            if (item?.SkuId is not { } skuId) errors[$"items[{i}].skuId"] = ["Choose a SKU."];
            else if (!seen.Add(skuId)) errors[$"items[{i}].skuId"] = ["This SKU is listed twice; ask for the whole quantity on one line."];
            if (item?.Quantity is not > 0) errors[$"items[{i}].quantity"] = ["The quantity is a whole number above zero."];
            if (item?.TargetPrice is { } target && PriceProblem(target) is { } problem) errors[$"items[{i}].targetPrice"] = [problem];
        }
        if (request.DeliveryDate < today) errors["deliveryDate"] = ["The delivery date is today or later."];
        if (request.Note?.Trim().Length > 1000) errors["note"] = ["A note has at most 1000 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    /// <summary>Why <paramref name="price"/> cannot be a unit price, or null when it can.</summary>
    public static string? PriceProblem(decimal price) =>
        price <= 0 || price > MaxUnitPrice || decimal.Round(price, 2) != price ? $"A unit price is above zero, at most {MaxUnitPrice:0}, with at most two decimals." : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
