using System.Collections.Concurrent;
using SaaS.Problems;
using SaaS.Tenancy;
using SaaS.Web.Tenants;

namespace SaaS.Web.Console;

/// <summary>Runs console launches in the background and keeps their progress for the progress page.</summary>
public sealed class LaunchTracker(TenantManager tenants, ShellHost shells, ILogger<LaunchTracker> logger)
{
    private readonly ConcurrentDictionary<Guid, LaunchProgress> launches = new();

    public LaunchProgress? Find(Guid id) => launches.GetValueOrDefault(id);

    /// <summary>Checks and reserves synchronously (so refusals show on the form), then sets up in the background.</summary>
    public async Task<Guid> StartAsync(CreateTenantRequest request, string baseUrl, CancellationToken cancellationToken)
    {
        var progress = new LaunchProgress(request.Name ?? "");
        var launch = await tenants.ReserveAsync(request, progress, cancellationToken);
        var id = Guid.CreateVersion7();
        launches[id] = progress;
        _ = Task.Run(async () =>
        {
            try
            {
                var settings = await tenants.SetUpAsync(launch, progress, CancellationToken.None);
                progress.Succeed(TenantInfo.From(settings, baseUrl, shells).Urls);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Console launch of {TenantName} failed", launch.Settings.Name);
                progress.Fail(e is ProblemException problem ? string.Join(" ", problem.Errors.SelectMany(x => x.Value)) : e.Message);
            }
        }, CancellationToken.None);
        return id;
    }
}
