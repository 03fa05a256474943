using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Rules;
using SaaS.Recipes;

namespace SaaS.Messaging.Recipes;

/// <summary>
/// Who a new marketplace tells of what, where the catalog's defaults do not suit its trade:
/// <c>{ "name": "notification-rules", "events": { "order.shipped": [{ "audience": "buyer", "channels": ["email", "sms", "inbox"] }] } }</c>.
/// An event listed replaces its default rules; an empty list silences it.
/// </summary>
public sealed class NotificationRulesStep : IRecipeStep
{
    public string Name => "notification-rules";

    public string? FeatureId => Manifest.MessagingFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Object)
        {
            validation.Error("events", "'events' maps each event to its rules, e.g. { \"order.shipped\": [{ \"audience\": \"buyer\", \"channels\": [\"email\"] }] }.");
            return;
        }
        foreach (var entry in events.EnumerateObject())
        {
            if (MessageEventCatalog.Find(entry.Name) is not { } messageEvent)
            {
                validation.Error($"events.{entry.Name}", $"There is no message event {entry.Name}.");
                continue;
            }
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                validation.Error($"events.{entry.Name}", "Give a list of rules.");
                continue;
            }
            var index = 0;
            foreach (var rule in entry.Value.EnumerateArray())
            {
                var path = $"events.{entry.Name}[{index++}]";
                var audience = rule.TryGetProperty("audience", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                if (audience is null || !messageEvent.Parties.Contains(audience)) validation.Error($"{path}.audience", $"{entry.Name} can reach {string.Join(", ", messageEvent.Parties)}.");
                if (!rule.TryGetProperty("channels", out var channels) || channels.ValueKind != JsonValueKind.Array
                    || channels.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String || !ChannelNames.Templated.Contains(c.GetString()!)))
                {
                    validation.Error($"{path}.channels", $"'channels' lists some of {string.Join(", ", ChannelNames.Templated)}.");
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var book = execution.Services.GetRequiredService<RuleBook>();
        foreach (var entry in execution.Step.GetProperty("events").EnumerateObject())
        {
            var rules = entry.Value.EnumerateArray().Select(r => new RuleRequest(
                r.GetProperty("audience").GetString(),
                r.TryGetProperty("permission", out var permission) ? permission.GetString() : null,
                r.GetProperty("channels").EnumerateArray().Select(c => c.GetString()!).ToList(),
                r.TryGetProperty("enabled", out var enabled) ? enabled.GetBoolean() : null)).ToList();
            await book.ReplaceAsync(entry.Name, rules, cancellationToken);
        }
    }
}
