namespace SaaS.Recipes;

/// <summary>
/// Handles one kind of recipe step. Every step of a recipe is validated before any step runs,
/// so a recipe either applies whole or fails without writing. Handlers are singletons: they take the
/// tenant's scoped services from <see cref="RecipeStepExecution.Services"/> when they run.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step's <c>name</c> in recipe JSON, e.g. <c>features</c>.</summary>
    string Name { get; }

    /// <summary>The feature that must be enabled for this step to run; null for framework steps.</summary>
    string? FeatureId { get; }

    /// <summary>
    /// Whether the recipe's <c>{{parameter}}</c> references are filled into the step's strings before it runs. A step
    /// whose strings are Liquid templates of their own (message templates) says no, so <c>{{ link }}</c> stays Liquid.
    /// </summary>
    bool FillsParameters => true;

    void Validate(RecipeStepValidation validation);

    Task ExecuteAsync(RecipeStepExecution execution, CancellationToken cancellationToken);
}
