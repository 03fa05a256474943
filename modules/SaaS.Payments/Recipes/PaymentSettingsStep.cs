using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Payments.Payments;
using SaaS.Recipes;

namespace SaaS.Payments.Recipes;

/// <summary>
/// The settlement cycle and the account buyers remit to:
/// <c>{ "name": "payment-settings", "settlementDelayDays": 7, "settlementWeekday": "Monday", "remittanceAccount": "…" }</c>.
/// Stripe keys are secrets and never come from a recipe; the operator enters them in the admin.
/// </summary>
public sealed class PaymentSettingsStep : IRecipeStep
{
    public string Name => "payment-settings";

    public string? FeatureId => Manifest.PaymentsFeature;

    public void Validate(RecipeStepValidation validation)
    {
        var step = validation.Step;
        if (step.TryGetProperty("settlementDelayDays", out var delay) && (delay.ValueKind != JsonValueKind.Number || delay.GetInt32() is < 0 or > 90))
        {
            validation.Error("settlementDelayDays", "'settlementDelayDays' is a number of days from 0 to 90.");
        }
        if (step.TryGetProperty("settlementWeekday", out var day) && (day.ValueKind != JsonValueKind.String || !Enum.TryParse<DayOfWeek>(day.GetString(), ignoreCase: true, out _)))
        {
            validation.Error("settlementWeekday", "'settlementWeekday' names a weekday, e.g. Monday.");
        }
        if (step.TryGetProperty("remittanceAccount", out var account) && account.ValueKind != JsonValueKind.String) validation.Error("remittanceAccount", "'remittanceAccount' is text.");
        foreach (var secret in new[] { "stripeSecretKey", "stripeWebhookSecret" }.Where(s => step.TryGetProperty(s, out _)))
        {
            validation.Error(secret, "Secrets never go in a recipe: the operator enters them in the admin.");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var step = execution.Step;
        await execution.Services.GetRequiredService<PaymentSettingsStore>().SaveAsync(new PaymentSettingsRequest(
            null, null, null,
            step.TryGetProperty("settlementDelayDays", out var delay) ? delay.GetInt32() : null,
            step.TryGetProperty("settlementWeekday", out var day) ? day.GetString() : null,
            step.TryGetProperty("remittanceAccount", out var account) ? account.GetString() : null), cancellationToken);
    }
}
