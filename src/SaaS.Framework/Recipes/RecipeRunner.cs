namespace SaaS.Recipes;

/// <summary>Runs a validated recipe's steps in order on the scope's tenant.</summary>
public sealed class RecipeRunner(IServiceProvider tenantServices)
{
    public async Task RunAsync(RecipePlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        foreach (var step in plan.Steps)
        {
            progress?.Report($"step {step.Index + 1}/{plan.Steps.Count}: {step.Handler.Name}");
            try
            {
                await step.Handler.ExecuteAsync(new RecipeStepExecution(plan.Recipe, step.Index, step.Step, tenantServices), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new RecipeStepFailedException(new RecipeError(plan.Recipe, step.Index, $"$.steps[{step.Index}]", $"step '{step.Handler.Name}' failed: {e.Message}"), e);
            }
        }
    }
}
