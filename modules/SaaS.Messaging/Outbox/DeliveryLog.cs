using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Data;
using SaaS.Paging;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Messaging.Outbox;

/// <summary>What happened to each message (queued, sent, retrying with the last error, dead), and sending dead letters again.</summary>
public sealed class DeliveryLog(MessagingDbContext db, DispatchSignals signals, ITenant tenant, TimeProvider clock)
{
    public const int PageSize = 200;

    /// <summary>A page of the filtered log, newest first.</summary>
    public async Task<DeliveryPage> ListAsync(DeliveryFilter filter, int page, CancellationToken cancellationToken)
    {
        var messages = db.Outbox.AsNoTracking();
        if (filter.State is { Length: > 0 } state)
        {
            if (!Enum.TryParse<OutboxState>(state, ignoreCase: true, out var parsed)) throw new ValidationFailedException("state", $"Filter by {string.Join(", ", Enum.GetNames<OutboxState>())}.");
            messages = messages.Where(m => m.State == parsed);
        }
        if (filter.Channel is { Length: > 0 } channel) messages = messages.Where(m => m.Channel == channel);
        if (filter.Event is { Length: > 0 } eventName) messages = messages.Where(m => m.Event == eventName);
        if (filter.Recipient?.Trim().ToLowerInvariant() is { Length: > 0 } recipient) messages = messages.Where(m => m.Address.ToLower().Contains(recipient));
        var total = await messages.CountAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new DeliveryPage(await CountsAsync(cancellationToken), rows.Select(DeliveryRow.Of).ToList(), page, Pager.PagesOf(total, PageSize), total);
    }

    /// <summary>How many messages are in each state, every state named (in the enum's order), none left out.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Outbox.AsNoTracking().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<OutboxState>().ToDictionary(s => s.ToString(), s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<DeliveryDetail> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new NotFoundException("message", "There is no such message.");
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.MessageId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return new DeliveryDetail(DeliveryRow.Of(message), message.PayloadJson,
            attempts.Select(a => new AttemptRow(a.Number, a.Outcome, a.Error, DateTimeOffset.FromUnixTimeMilliseconds(a.At))).ToList());
    }

    /// <summary>Sends a dead letter again from a clean slate (after the operator fixed its template or address).</summary>
    public async Task<DeliveryRow> RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.Outbox.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) ?? throw new NotFoundException("message", "There is no such message.");
        if (message.State != OutboxState.Dead) throw new ConflictException("state", $"Only dead letters are retried by hand; this message is {message.State}.");
        await RequeueAsync(db.Outbox.Where(m => m.Id == id), cancellationToken);
        return DeliveryRow.Of(await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken));
    }

    public async Task<int> RetryAllDeadAsync(CancellationToken cancellationToken) => await RequeueAsync(db.Outbox.Where(m => true), cancellationToken);

    private async Task<int> RequeueAsync(IQueryable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var requeued = await messages.Where(m => m.State == OutboxState.Dead).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.State, OutboxState.Queued).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        if (requeued > 0) signals.Wake(tenant.Name);
        return requeued;
    }
}

/// <param name="Recipient">Part of the address (e-mail, phone number), whatever its case: "did this person get it?".</param>
public sealed record DeliveryFilter(string? State, string? Channel, string? Event, string? Recipient = null);

/// <param name="Counts">Every message by state, whatever the filter.</param>
/// <param name="Total">The messages the filter keeps, over <paramref name="Pages"/> pages.</param>
public sealed record DeliveryPage(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<DeliveryRow> Messages, int Page, int Pages, int Total);

public sealed record DeliveryRow(
    Guid Id, string Event, string Channel, string Recipient, string Party, string Address, string Locale, string State, int Attempts, string? Subject, string? LastError,
    string? ProviderId, DateTimeOffset Queued, DateTimeOffset? Sent, DateTimeOffset? NextAttempt)
{
    public static DeliveryRow Of(OutboxMessage m) => new(
        m.Id, m.Event, m.Channel, m.Recipient, m.Party, m.Address, m.Locale, m.State.ToString(), m.Attempts, m.Subject, m.LastError, m.ProviderId,
        DateTimeOffset.FromUnixTimeMilliseconds(m.CreatedAt), m.SentAt is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null,
        m.State == OutboxState.Retrying ? DateTimeOffset.FromUnixTimeMilliseconds(m.NextAttemptAt) : null);
}

public sealed record DeliveryDetail(DeliveryRow Message, string Payload, IReadOnlyList<AttemptRow> Attempts);

public sealed record AttemptRow(int Number, string Outcome, string? Error, DateTimeOffset At);
