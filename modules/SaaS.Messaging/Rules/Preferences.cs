using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Messaging.Rules;

/// <summary>
/// A user's messaging preferences: their language, their mobile number for SMS, and which non-essential events they
/// do not want on which channel. Essential events (an order shipped, a refund made) cannot be switched off.
/// </summary>
public sealed class Preferences(MessagingDbContext db, ITenantDatabase database, ITenant tenant)
{
    public async Task<PreferencesView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = SignedInUser.Id(user);
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var off = (await db.Preferences.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken)).Select(p => (p.Event, p.Channel)).ToHashSet();
        var events = MessageEventCatalog.Notified.Select(e => new EventPreference(e.Name, e.Group, e.Description, e.Essential,
            ChannelNames.Templated.ToDictionary(c => c, c => e.Essential || !off.Contains((e.Name, c))))).ToList();
        return new PreferencesView(profile?.Locale ?? tenant.Site.Locale, profile?.Phone, events);
    }

    public async Task<PreferencesView> SaveAsync(ClaimsPrincipal user, PreferencesRequest request, CancellationToken cancellationToken)
    {
        var userId = SignedInUser.Id(user);
        var errors = new Dictionary<string, string[]>();
        if (request.Locale is { } locale && !ChannelNames.Locales.Contains(locale)) errors["locale"] = [$"Choose {string.Join(" or ", ChannelNames.Locales)}."];
        if (request.Phone is { Length: > 0 } phone && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^\+[1-9][0-9]{6,14}$"))
        {
            errors["phone"] = ["Write the mobile number in international form, e.g. +8613812345678."];
        }
        foreach (var name in (request.OptOut ?? []).Select(o => o.Event).Distinct())
        {
            var messageEvent = MessageEventCatalog.Find(name ?? "");
            if (messageEvent is null) errors[$"optOut.{name}"] = [$"There is no message event {name}."];
            else if (messageEvent.Essential) errors[$"optOut.{name}"] = [$"{name} is essential and always sent."];
        }
        foreach (var channel in (request.OptOut ?? []).Select(o => o.Channel).Distinct().Where(c => !ChannelNames.Templated.Contains(c ?? "")))
        {
            errors[$"optOut.channel"] = [$"Unknown channel {channel}."];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null) db.Profiles.Add(profile = new RecipientProfile { UserId = userId });
        if (request.Locale is not null) profile.Locale = request.Locale;
        if (request.Phone is not null) profile.Phone = request.Phone.Length == 0 ? null : request.Phone;
        if (request.OptOut is { } optOut)
        {
            await db.Preferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            db.Preferences.AddRange(optOut.DistinctBy(o => (o.Event, o.Channel)).Select(o => new MessagePreference { UserId = userId, Event = o.Event!, Channel = o.Channel! }));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(user, cancellationToken);
    }
}

public sealed record PreferencesView(string Locale, string? Phone, IReadOnlyList<EventPreference> Events);

public sealed record EventPreference(string Event, string Group, string Description, bool Essential, IReadOnlyDictionary<string, bool> Channels);

/// <param name="OptOut">The complete list of (event, channel) the user does not want; null leaves the list as it is.</param>
public sealed record PreferencesRequest(string? Locale, string? Phone, IReadOnlyList<OptOutRequest>? OptOut);

public sealed record OptOutRequest(string? Event, string? Channel);
