using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Data;

namespace SaaS.Messaging.Templates;

/// <summary>The templates in force for one run of the dispatcher: the marketplace's own, else the module's defaults.</summary>
public sealed class TemplateBook(IReadOnlyDictionary<(string Event, string Channel, string Locale), TemplateSource> stored, DefaultTemplates defaults)
{
    public static async Task<TemplateBook> LoadAsync(MessagingDbContext db, DefaultTemplates defaults, CancellationToken cancellationToken)
    {
        var stored = await db.Templates.AsNoTracking().ToListAsync(cancellationToken);
        return new TemplateBook(stored.ToDictionary(t => (t.Event, t.Channel, t.Locale), t => new TemplateSource(t.Subject, t.Body, t.Text)), defaults);
    }

    public TemplateSource For(string eventName, string channel, string locale) =>
        stored.TryGetValue((eventName, channel, locale), out var own) ? own : defaults.For(eventName, channel, locale);
}
