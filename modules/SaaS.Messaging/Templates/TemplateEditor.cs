using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Data;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Messaging.Templates;

/// <summary>
/// The operator's template editor: a template is checked (it parses, it renders against the event's sample payload, an
/// SMS fits in <see cref="SmsSegments.Limit"/> parts) before it is saved, and a preview shows it rendered.
/// </summary>
public sealed class TemplateEditor(MessagingDbContext db, ITenantDatabase database, ITenant tenant, DefaultTemplates defaults, MessageRenderer renderer, TimeProvider clock)
{
    public async Task<TemplateView> GetAsync(string eventName, string channel, string locale, CancellationToken cancellationToken)
    {
        Check(eventName, channel, locale);
        var stored = await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Event == eventName && t.Channel == channel && t.Locale == locale, cancellationToken);
        var source = stored is null ? defaults.For(eventName, channel, locale) : new TemplateSource(stored.Subject, stored.Body, stored.Text);
        return new TemplateView(eventName, channel, locale, source.Subject, source.Body, source.Text, stored is not null, stored?.UpdatedUtc, stored?.UpdatedBy);
    }

    public PreviewView Preview(string eventName, string channel, string locale, TemplateRequest request)
    {
        Check(eventName, channel, locale);
        var source = Validate(channel, request);
        var rendered = RenderSample(eventName, channel, locale, source);
        return new PreviewView(rendered.Subject, rendered.Body, rendered.Text, channel == ChannelNames.Sms ? SmsSegments.Count(rendered.Body) : null);
    }

    public async Task<TemplateView> SaveAsync(string eventName, string channel, string locale, TemplateRequest request, string savedBy, CancellationToken cancellationToken)
    {
        Check(eventName, channel, locale);
        var source = Validate(channel, request);
        RenderSample(eventName, channel, locale, source);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        var stored = await db.Templates.SingleOrDefaultAsync(t => t.Event == eventName && t.Channel == channel && t.Locale == locale, cancellationToken);
        if (stored is null) db.Templates.Add(stored = new MessageTemplate { Event = eventName, Channel = channel, Locale = locale, Body = source.Body, UpdatedBy = savedBy });
        stored.Subject = source.Subject;
        stored.Body = source.Body;
        stored.Text = source.Text;
        stored.UpdatedBy = savedBy;
        stored.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await GetAsync(eventName, channel, locale, cancellationToken);
    }

    /// <summary>Goes back to the module's default text.</summary>
    public async Task<TemplateView> ResetAsync(string eventName, string channel, string locale, CancellationToken cancellationToken)
    {
        Check(eventName, channel, locale);
        await db.Templates.Where(t => t.Event == eventName && t.Channel == channel && t.Locale == locale).ExecuteDeleteAsync(cancellationToken);
        return await GetAsync(eventName, channel, locale, cancellationToken);
    }

    private static void Check(string eventName, string channel, string locale)
    {
        var messageEvent = MessageEventCatalog.Find(eventName) ?? throw new NotFoundException("event", $"There is no message event {eventName}.");
        if (!messageEvent.Channels.Contains(channel)) throw new NotFoundException("channel", $"{eventName} has templates for {string.Join(", ", messageEvent.Channels)}, not {channel}.");
        if (!ChannelNames.Locales.Contains(locale)) throw new NotFoundException("locale", $"Templates exist in {string.Join(", ", ChannelNames.Locales)}, not {locale}.");
    }

    /// <summary>Required parts and Liquid that parses, each error under its field with the position.</summary>
    private static TemplateSource Validate(string channel, TemplateRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var needsSubject = channel != ChannelNames.Sms;
        if (needsSubject && string.IsNullOrWhiteSpace(request.Subject)) errors["subject"] = [channel == ChannelNames.Email ? "An e-mail needs a subject." : "An inbox message needs a title."];
        if (string.IsNullOrWhiteSpace(request.Body)) errors["body"] = ["Write the message."];
        foreach (var (field, text) in new[] { ("subject", request.Subject), ("body", request.Body), ("text", request.Text) })
        {
            if (MessageRenderer.ParseError(text) is { } error) errors[field] = [$"Liquid error: {error}"];
        }
        if (request.Subject?.Length > 500) errors["subject"] = ["At most 500 characters."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        return new TemplateSource(needsSubject ? request.Subject!.Trim() : null, request.Body!, channel == ChannelNames.Email && !string.IsNullOrWhiteSpace(request.Text) ? request.Text : null);
    }

    private RenderedMessage RenderSample(string eventName, string channel, string locale, TemplateSource source)
    {
        var sample = JsonSerializer.Serialize(MessageEventCatalog.Find(eventName)!.Sample);
        RenderedMessage rendered;
        try
        {
            rendered = renderer.Render(source, sample, locale, tenant.Site.DefaultCurrency, html: channel == ChannelNames.Email);
        }
        catch (TemplateRenderException e)
        {
            throw new UnprocessableException("body", $"The template fails on the sample {eventName}: {e.Message}");
        }
        if (channel == ChannelNames.Sms && SmsSegments.Count(rendered.Body) is var parts and > SmsSegments.Limit)
        {
            throw new UnprocessableException("body", $"The SMS takes {parts} parts with the sample (at most {SmsSegments.Limit}); shorten it.");
        }
        return rendered;
    }
}

public sealed record TemplateRequest(string? Subject, string? Body, string? Text);

public sealed record TemplateView(string Event, string Channel, string Locale, string? Subject, string Body, string? Text, bool Custom, DateTimeOffset? UpdatedUtc, string? UpdatedBy);

public sealed record PreviewView(string? Subject, string Body, string? Text, int? SmsParts);
