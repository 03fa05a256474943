using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Companies.Data;
using SaaS.Companies.Verification;
using SaaS.Recipes;

namespace SaaS.Companies.Recipes;

/// <summary>
/// <c>{ "name": "companies-settings", "requireVerification": true }</c>: whether the operator verifies buyer
/// companies in this marketplace.
/// </summary>
public sealed class CompanySettingsStep : IRecipeStep
{
    public string Name => "companies-settings";

    public string? FeatureId => Manifest.CompaniesFeature;

    public void Validate(RecipeStepValidation validation)
    {
        if (!validation.Step.TryGetProperty("requireVerification", out var value) || value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            validation.Error("requireVerification", "'requireVerification' is required and must be true or false.");
        }
    }

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        // The recipe runs in its own transaction, so the setting is written directly rather than through the service's.
        var db = execution.Services.GetRequiredService<CompaniesDbContext>();
        await CompanyVerification.ApplySettingAsync(db, execution.Step.GetProperty("requireVerification").GetBoolean(), cancellationToken);
    }
}
