using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants.Terms;
using SaaS.Recipes;

namespace SaaS.Merchants.Recipes;

/// <summary>
/// What a vertical asks of its merchants:
/// <c>{ "name": "merchant-requirements", "licences": [{ "code", "name" }], "deposit": { "default": 10000, "categories": { "处方药": 50000 } },
/// "agreement": { "title", "body" } }</c>. Running it again replaces the requirements and publishes the agreement
/// as a new version only when its text changed.
/// </summary>
public sealed class MerchantRequirementsStep : IRecipeStep
{
    public string Name => "merchant-requirements";

    public string? FeatureId => Manifest.MerchantsFeature;

    public void Validate(RecipeStepValidation validation)
    {
        var step = validation.Step;
        if (step.TryGetProperty("licences", out var licences))
        {
            if (licences.ValueKind != JsonValueKind.Array) validation.Error("licences", "'licences' must be an array of { code, name }.");
            else
            {
                var index = 0;
                foreach (var licence in licences.EnumerateArray())
                {
                    foreach (var property in new[] { "code", "name" })
                    {
                        if (!licence.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                        {
                            validation.Error($"licences[{index}].{property}", $"Every licence needs a '{property}'.");
                        }
                    }
                    index++;
                }
            }
        }
        if (step.TryGetProperty("deposit", out var deposit))
        {
            if (deposit.TryGetProperty("default", out var amount) && (amount.ValueKind != JsonValueKind.Number || amount.GetDecimal() < 0))
            {
                validation.Error("deposit.default", "'deposit.default' must be an amount of zero or more.");
            }
            if (deposit.TryGetProperty("categories", out var categories))
            {
                if (categories.ValueKind != JsonValueKind.Object) validation.Error("deposit.categories", "'deposit.categories' maps category names to amounts.");
                else
                {
                    foreach (var category in categories.EnumerateObject().Where(c => c.Value.ValueKind != JsonValueKind.Number || c.Value.GetDecimal() < 0))
                    {
                        validation.Error($"deposit.categories.{category.Name}", "Each category deposit must be an amount of zero or more.");
                    }
                }
            }
        }
        if (step.TryGetProperty("agreement", out var agreement))
        {
            foreach (var property in new[] { "title", "body" })
            {
                if (!agreement.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    validation.Error($"agreement.{property}", $"The agreement needs a '{property}'.");
                }
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var terms = execution.Services.GetRequiredService<MerchantTerms>();
        var step = execution.Step;
        var licences = step.TryGetProperty("licences", out var l)
            ? l.EnumerateArray().Select(x => new LicenceRequirementView(x.GetProperty("code").GetString()!, x.GetProperty("name").GetString()!)).ToList()
            : [];
        var deposit = step.TryGetProperty("deposit", out var d) ? d : default;
        var defaultDeposit = deposit.ValueKind == JsonValueKind.Object && deposit.TryGetProperty("default", out var amount) ? amount.GetDecimal() : 0;
        var categories = deposit.ValueKind == JsonValueKind.Object && deposit.TryGetProperty("categories", out var c)
            ? c.EnumerateObject().ToDictionary(x => x.Name, x => x.Value.GetDecimal())
            : [];
        await terms.SetRequirementsAsync(new MerchantRequirements(licences, defaultDeposit, categories), cancellationToken);
        if (step.TryGetProperty("agreement", out var agreement))
        {
            await terms.PublishAgreementAsync(new AgreementRequest(agreement.GetProperty("title").GetString(), agreement.GetProperty("body").GetString()), "recipe", cancellationToken);
        }
    }
}
