using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Recipes;

namespace SaaS.Testing;

/// <summary>
/// A recipe step of the Seo feature that passes validation, writes a role, then fails: proves a failed recipe
/// leaves nothing behind.
/// </summary>
public sealed class FailingStep : IRecipeStep
{
    public string Name => "test-fail-after-write";

    public string? FeatureId => "Seo";

    public void Validate(RecipeStepValidation validation) => validation.RequiredString("message");

    public async Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken)
    {
        var roles = execution.Services.GetRequiredService<RoleManager<IdentityRole>>();
        await roles.CreateAsync(new IdentityRole("WrittenBeforeFailure"));
        throw new InvalidOperationException(execution.Step.GetProperty("message").GetString());
    }
}
