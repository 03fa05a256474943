using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Problems;

namespace SaaS.Messaging.Rules;

/// <summary>The marketplace's notification rules: stored ones where the operator or a recipe set them, the catalog's defaults elsewhere.</summary>
public sealed class RuleBook(MessagingDbContext db, ITenantDatabase database)
{
    public async Task<IReadOnlyList<NotificationRule>> ForAsync(string eventName, CancellationToken cancellationToken)
    {
        var stored = await db.Rules.AsNoTracking().Where(r => r.Event == eventName).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return stored.Count > 0 ? stored : Defaults(eventName);
    }

    public async Task<IReadOnlyList<NotificationRule>> AllAsync(CancellationToken cancellationToken)
    {
        var stored = (await db.Rules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken)).ToLookup(r => r.Event);
        return MessageEventCatalog.All.SelectMany(e => stored.Contains(e.Name) ? stored[e.Name].ToList() : Defaults(e.Name)).ToList();
    }

    /// <summary>Replaces an event's rules (an empty list silences it). Audiences the event cannot reach and unknown channels are refused.</summary>
    public async Task ReplaceAsync(string eventName, IReadOnlyList<RuleRequest> rules, CancellationToken cancellationToken)
    {
        var messageEvent = MessageEventCatalog.Find(eventName) ?? throw new NotFoundException("event", $"There is no message event {eventName}.");
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule.Audience is null || !messageEvent.Parties.Contains(rule.Audience))
            {
                errors[$"rules[{i}].audience"] = [$"{eventName} can reach {string.Join(", ", messageEvent.Parties)}."];
            }
            var unknown = (rule.Channels ?? []).Where(c => !ChannelNames.Templated.Contains(c)).ToList();
            if (unknown.Count > 0) errors[$"rules[{i}].channels"] = [$"Unknown channel {string.Join(", ", unknown)}; use {string.Join(", ", ChannelNames.Templated)}."];
            if (rules.Take(i).Any(r => r.Audience == rule.Audience)) errors[$"rules[{i}].audience"] = [$"{rule.Audience} is named twice."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.Rules.Where(r => r.Event == eventName).ExecuteDeleteAsync(cancellationToken);
        db.Rules.AddRange(rules.Select(r => new NotificationRule
        {
            Event = eventName, Audience = r.Audience!, Permission = r.Audience == Audiences.MerchantTeam ? r.Permission : null,
            Channels = string.Join(',', (r.Channels ?? []).Distinct()), Enabled = r.Enabled ?? true,
        }));
        // An event the operator silenced keeps one disabled rule, so it does not fall back to the defaults.
        if (rules.Count == 0) db.Rules.Add(new NotificationRule { Event = eventName, Audience = Audiences.Operators, Channels = "", Enabled = false });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<NotificationRule> Defaults(string eventName) =>
        MessageEventCatalog.Find(eventName)?.Defaults
            .Select(d => new NotificationRule { Event = eventName, Audience = d.Audience, Permission = d.Permission, Channels = string.Join(',', d.Channels) })
            .ToList() ?? [];
}

public sealed record RuleRequest(string? Audience, string? Permission, IReadOnlyList<string>? Channels, bool? Enabled);
