using System.Text.Json;
using SaaS.Messaging.Catalog;

namespace SaaS.Messaging.Templates;

/// <summary>
/// The templates the module ships: each event's title and one-line summary per locale (Templates/Defaults/*.json),
/// laid out per channel. An operator's or recipe's template replaces one of these for its event, channel and locale.
/// </summary>
public sealed class DefaultTemplates
{
    private readonly Dictionary<(string Event, string Channel, string Locale), TemplateSource> templates = [];

    public DefaultTemplates()
    {
        foreach (var locale in ChannelNames.Locales)
        {
            using var stream = typeof(DefaultTemplates).Assembly.GetManifestResourceStream($"SaaS.Messaging.Templates.Defaults.{locale}.json")
                ?? throw new InvalidOperationException($"The default message texts for {locale} are missing.");
            var texts = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(stream)!;
            var view = texts["$view"].GetString()!;
            foreach (var messageEvent in MessageEventCatalog.All)
            {
                var text = texts.TryGetValue(messageEvent.Name, out var found) ? found
                    : throw new InvalidOperationException($"The default message texts for {locale} lack {messageEvent.Name}.");
                var title = text.GetProperty("title").GetString()!;
                var summary = text.GetProperty("summary").GetString()!;
                // An event may word its e-mail whole (a reset code must come last, alone on its line); most take the layout.
                var html = text.TryGetProperty("html", out var ownHtml) ? ownHtml.GetString()! : EmailHtml(summary, view);
                var plain = text.TryGetProperty("text", out var ownText) ? ownText.GetString()! : $"{summary}\n\n{view}: {{{{ link }}}}\n\n{{{{ site_name }}}}";
                foreach (var channel in messageEvent.Channels)
                {
                    templates[(messageEvent.Name, channel, locale)] = channel switch
                    {
                        ChannelNames.Email => new TemplateSource(title, html, plain),
                        ChannelNames.Sms => new TemplateSource(null, $"【{{{{ site_name }}}}】{summary}", null),
                        _ => new TemplateSource(title, summary, null),
                    };
                }
            }
        }
    }

    public TemplateSource For(string eventName, string channel, string locale) =>
        templates.TryGetValue((eventName, channel, locale), out var template) ? template
            : templates.TryGetValue((eventName, channel, "en"), out var english) ? english
            : throw new KeyNotFoundException($"No default template for {eventName} on {channel}.");

    private static string EmailHtml(string summary, string view) =>
        "<div style=\"font-family:sans-serif;max-width:560px;margin:auto;color:#1f2937\">\n"
        + $"  <p style=\"font-size:16px\">{summary}</p>\n"
        + "  <p><a href=\"{{ link }}\" style=\"display:inline-block;padding:8px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:4px\">"
        + view + "</a></p>\n"
        + "  <p style=\"color:#6b7280;font-size:12px\">{{ site_name }}</p>\n</div>";
}
