using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Events;
using SaaS.Orders.Checkout;
using SaaS.Orders.Data;
using SaaS.Problems;

namespace SaaS.Orders.Rfqs;

/// <summary>
/// Applies one move of <see cref="RfqStateMachine"/> with the change that goes with it, its thread entry and its
/// event, in one transaction; posts messages; and expires RFQs whose time has passed. The RFQ's version makes a
/// move made on a stale copy fail with 409 instead of overwriting the move that won.
/// </summary>
public sealed class RfqTransitions(OrdersDbContext db, ITenantDatabase database, IEventPublisher events, TimeProvider clock)
{
    public IQueryable<Rfq> Rfqs => db.Rfqs.Include(r => r.Items).Include(r => r.Messages).AsSplitQuery();

    public async Task<Rfq> MoveAsync(Rfq rfq, RfqAction action, string side, string author, string? body, CancellationToken cancellationToken, Action<Rfq>? alongside = null)
    {
        var from = rfq.State;
        var next = RfqStateMachine.Next(from, action);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        alongside?.Invoke(rfq);
        rfq.State = next;
        rfq.Version++;
        db.RfqMessages.Add(new RfqMessage { RfqId = rfq.Id, AtUtc = clock.GetUtcNow(), Side = side, Author = author, Kind = RfqStateMachine.Kind(action), Body = body });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("state", "The RFQ changed while you worked on it; reload it and try again.");
        }
        await PublishAsync(rfq, action, from, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rfq;
    }

    /// <summary>Adds a message to the thread, whatever the state: a closed RFQ may still need a word about it.</summary>
    public async Task<Rfq> PostAsync(Rfq rfq, string side, string author, string? body, CancellationToken cancellationToken)
    {
        var text = body?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 2000) throw new ValidationFailedException("body", "Write a message of 1 to 2000 characters.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.RfqMessages.Add(new RfqMessage { RfqId = rfq.Id, AtUtc = clock.GetUtcNow(), Side = side, Author = author, Kind = "message", Body = text });
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new RfqMessagePosted(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId, side), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rfq;
    }

    /// <summary>
    /// Expires the RFQs of <paramref name="scope"/> left unanswered or unaccepted past their time, so that nobody
    /// reads, quotes or accepts a stale one. A move that lands first (the quote, the acceptance) wins.
    /// </summary>
    public async Task<int> ExpireDueAsync(IQueryable<Rfq> scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // SQLite cannot compare DateTimeOffset columns: the open RFQs (found by state) are filtered here.
        var open = await scope.AsNoTracking().Where(r => r.State == RfqState.Requested || r.State == RfqState.Quoted)
            .Select(r => new { r.Id, r.ExpiresUtc }).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var due in open.Where(r => r.ExpiresUtc <= now))
        {
            var rfq = await db.Rfqs.SingleAsync(r => r.Id == due.Id, cancellationToken);
            try
            {
                await MoveAsync(rfq, RfqAction.Expire, RfqMessage.SystemSide, RfqMessage.SystemSide, null, cancellationToken);
                expired++;
            }
            catch (ConflictException)
            {
                // Quoted, accepted or declined meanwhile: nothing to expire.
                db.ChangeTracker.Clear();
            }
        }
        return expired;
    }

    private Task PublishAsync(Rfq rfq, RfqAction action, RfqState from, CancellationToken cancellationToken) => action switch
    {
        RfqAction.Quote => events.PublishAsync(new RfqQuoted(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId,
            rfq.Items.Sum(i => PricedLine.Total(i.UnitPrice!.Value, i.Quantity)), rfq.ValidUntil!.Value, rfq.BuyerUserId), cancellationToken),
        RfqAction.Decline => events.PublishAsync(new RfqDeclined(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId, rfq.DeclineReason!), cancellationToken),
        RfqAction.Accept => events.PublishAsync(new RfqAccepted(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId, rfq.OrderId!.Value), cancellationToken),
        _ => events.PublishAsync(new RfqExpired(rfq.Id, rfq.Number, rfq.CompanyId, rfq.MerchantId, from.ToString()), cancellationToken),
    };
}
