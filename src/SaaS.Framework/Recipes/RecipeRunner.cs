using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SaaS.Data;

namespace SaaS.Recipes;

/// <summary>
/// Runs a validated recipe's steps in order on the scope's tenant, logging how long each took (launch time is a
/// target). Each step is one transaction: it lands whole or not at all, and its hundreds of rows cost one commit
/// rather than one each (on SQLite every commit is a sync to disk).
/// </summary>
public sealed partial class RecipeRunner(IServiceProvider tenantServices, ITenantDatabase database, ILogger<RecipeRunner> logger)
{
    public async Task RunAsync(RecipePlan plan, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        foreach (var step in plan.Steps)
        {
            progress?.Report($"step {step.Index + 1}/{plan.Steps.Count}: {step.Handler.Name}");
            var started = Stopwatch.GetTimestamp();
            try
            {
                await using var transaction = await database.BeginTransactionAsync(cancellationToken);
                await step.Handler.ExecuteAsync(new RecipeStepExecution(plan.Recipe, step.Index, step.Step, tenantServices), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new RecipeStepFailedException(new RecipeError(plan.Recipe, step.Index, $"$.steps[{step.Index}]", $"step '{step.Handler.Name}' failed: {e.Message}"), e);
            }
            StepRan(logger, plan.Recipe, step.Index, step.Handler.Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(LogLevel.Information, "Recipe {Recipe} step {StepIndex} ({StepName}) ran in {ElapsedMs:0} ms")]
    private static partial void StepRan(ILogger logger, string recipe, int stepIndex, string stepName, double elapsedMs);
}
