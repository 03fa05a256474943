using Microsoft.EntityFrameworkCore;
using SaaS.Merchants;
using SaaS.Orders.Data;
using SaaS.Orders.Orders;
using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// The merchant's quote desk: its own RFQs only (another merchant's are not found). A quote prices every item and
/// says how long it holds; quoting again while the quote stands replaces it (the buyer accepts the latest one); a
/// decline, with its reason, answers a request or withdraws a standing quote.
/// </summary>
public sealed class MerchantRfqs(OrdersDbContext db, RfqTransitions transitions, RfqViews views, MarketplaceCalendar calendar, TimeProvider clock)
{
    public async Task<IReadOnlyList<RfqSummary>> ListAsync(MerchantActor actor, RfqState? state, CancellationToken cancellationToken)
    {
        var mine = db.Rfqs.Where(r => r.MerchantId == actor.MerchantId);
        await transitions.ExpireDueAsync(mine, cancellationToken);
        return await views.SummariesAsync(mine, state, cancellationToken);
    }

    public async Task<RfqView> GetAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        await views.ViewAsync(await FindAsync(actor, id, cancellationToken), cancellationToken);

    public async Task<RfqView> QuoteAsync(MerchantActor actor, Guid id, QuoteRequest request, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var errors = new Dictionary<string, string[]>();
        if (request.ValidUntil is not { } validUntil || validUntil < today || validUntil > today.AddDays(RfqTimeouts.MaxValidityDays))
        {
            errors["validUntil"] = [$"The quote holds until a day from today to {RfqTimeouts.MaxValidityDays} days ahead."];
        }
        var terms = request.Terms?.Trim();
        if (terms?.Length > 2000) errors["terms"] = ["Terms have at most 2000 characters."];
        if (request.Lines is not { Count: > 0 }) errors["lines"] = ["Price every item of the request."];
        foreach (var (line, i) in (request.Lines ?? []).Select((line, i) => (line, i)))
        {
            if (line?.ItemId is null) errors[$"lines[{i}].itemId"] = ["Say which item this price is for."];
            if (line?.UnitPrice is not { } price) errors[$"lines[{i}].unitPrice"] = ["Give the unit price."];
            else if (BuyerRfqs.PriceProblem(price) is { } problem) errors[$"lines[{i}].unitPrice"] = [problem];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var rfq = await FindAsync(actor, id, cancellationToken);
        RfqStateMachine.Next(rfq.State, RfqAction.Quote);
        var items = rfq.Items.ToDictionary(i => i.Id);
        var prices = new Dictionary<Guid, decimal>();
        foreach (var (line, i) in request.Lines!.Select((line, i) => (line, i)))
        {
            if (!items.ContainsKey(line.ItemId!.Value)) errors[$"lines[{i}].itemId"] = ["The RFQ has no such item."];
            else if (!prices.TryAdd(line.ItemId.Value, line.UnitPrice!.Value)) errors[$"lines[{i}].itemId"] = ["This item is priced twice."];
        }
        var unpriced = rfq.Items.Where(i => !prices.ContainsKey(i.Id)).Select(i => i.SkuCode).ToList();
        if (errors.Count == 0 && unpriced.Count > 0) errors["lines"] = [$"Price every item; {string.Join(", ", unpriced)} has no price."];
        if (errors.Count > 0) throw new UnprocessableException("The quote does not fit the request.", errors);

        return await views.ViewAsync(await transitions.MoveAsync(rfq, RfqAction.Quote, RfqMessage.MerchantSide, actor.Email,
            string.IsNullOrEmpty(terms) ? null : terms, cancellationToken, r =>
            {
                foreach (var item in r.Items) item.UnitPrice = prices[item.Id];
                r.QuotedUtc = clock.GetUtcNow();
                r.ValidUntil = request.ValidUntil;
                r.Terms = string.IsNullOrEmpty(terms) ? null : terms;
                r.ExpiresUtc = calendar.StartOf(request.ValidUntil!.Value.AddDays(1));
            }), cancellationToken);
    }

    public async Task<RfqView> DeclineAsync(MerchantActor actor, Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000) throw new ValidationFailedException("reason", "Say why, in 1 to 1000 characters.");
        var rfq = await FindAsync(actor, id, cancellationToken);
        return await views.ViewAsync(await transitions.MoveAsync(rfq, RfqAction.Decline, RfqMessage.MerchantSide, actor.Email, reason.Trim(), cancellationToken,
            r => r.DeclineReason = reason.Trim()), cancellationToken);
    }

    public async Task<RfqView> PostAsync(MerchantActor actor, Guid id, MessageRequest request, CancellationToken cancellationToken) =>
        await views.ViewAsync(await transitions.PostAsync(await FindAsync(actor, id, cancellationToken), RfqMessage.MerchantSide, actor.Email, request.Body, cancellationToken),
            cancellationToken);

    private async Task<Rfq> FindAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        await transitions.ExpireDueAsync(db.Rfqs.Where(r => r.Id == id && r.MerchantId == actor.MerchantId), cancellationToken);
        return await transitions.Rfqs.SingleOrDefaultAsync(r => r.Id == id && r.MerchantId == actor.MerchantId, cancellationToken)
            ?? throw new NotFoundException("id", "Your merchant has no such RFQ.");
    }
}
