using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Templates;
using SaaS.Recipes;

namespace SaaS.Messaging.Recipes;

/// <summary>
/// A vertical's own wording of some messages:
/// <c>{ "name": "message-templates", "templates": [{ "event": "order.shipped", "channel": "sms", "locale": "zh-CN", "body": "…" }] }</c>.
/// Each template is checked as the editor checks it (it parses here; it renders the event's sample when it runs). Its
/// <c>{{ … }}</c> are Liquid, never recipe parameters.
/// </summary>
public sealed class MessageTemplatesStep : IRecipeStep
{
    public string Name => "message-templates";

    public string? FeatureId => Manifest.MessagingFeature;

    public bool FillsParameters => false;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("templates", out var templates) || templates.ValueKind != JsonValueKind.Array)
        {
            validation.Error("templates", "'templates' lists templates: { event, channel, locale, subject?, body, text? }.");
            return;
        }
        var index = 0;
        foreach (var template in templates.EnumerateArray())
        {
            var path = $"templates[{index++}]";
            string? Text(string property) => template.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var messageEvent = MessageEventCatalog.Find(Text("event") ?? "");
            if (messageEvent is null) validation.Error($"{path}.event", $"There is no message event {Text("event")}.");
            else if (!messageEvent.Channels.Contains(Text("channel") ?? "")) validation.Error($"{path}.channel", $"Use one of {string.Join(", ", messageEvent.Channels)}.");
            if (!ChannelNames.Locales.Contains(Text("locale") ?? "")) validation.Error($"{path}.locale", $"Use one of {string.Join(", ", ChannelNames.Locales)}.");
            if (string.IsNullOrWhiteSpace(Text("body"))) validation.Error($"{path}.body", "Write the message.");
            foreach (var field in new[] { "subject", "body", "text" })
            {
                if (MessageRenderer.ParseError(Text(field)) is { } error) validation.Error($"{path}.{field}", $"Liquid error: {error}");
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var editor = execution.Services.GetRequiredService<TemplateEditor>();
        foreach (var template in execution.Step.GetProperty("templates").EnumerateArray())
        {
            string? Text(string property) => template.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            await editor.SaveAsync(Text("event")!, Text("channel")!, Text("locale")!, new TemplateRequest(Text("subject"), Text("body"), Text("text")), "recipe", cancellationToken);
        }
    }
}
