using SaaS.Data;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Recipes;

/// <summary>
/// Runs a recipe on a running tenant (more categories, merchants, templates …): validated whole against the
/// tenant's features first, then applied in one transaction, so a failing step leaves the tenant as it was.
/// </summary>
public sealed class RecipeImporter(
    RecipeLibrary recipes,
    RecipeValidator validator,
    RecipeRunner runner,
    ITenantDatabase database,
    ITenant tenant,
    TenantCatalog tenants)
{
    public async Task<RecipeRunResult> RunAsync(string name, IReadOnlyDictionary<string, string>? parameters, CancellationToken cancellationToken)
    {
        var recipe = recipes.Get(name);
        var plan = validator.Plan(recipe, parameters ?? new Dictionary<string, string>(), tenant.EnabledFeatures);
        await using (var transaction = await database.BeginTransactionAsync(cancellationToken))
        {
            await runner.RunAsync(plan, progress: null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
        return new RecipeRunResult(recipe.Name, plan.Steps.Count, plan.FeaturesAfterRecipe.Order(StringComparer.Ordinal).ToList());
    }
}
