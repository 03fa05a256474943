using SaaS.Tenancy;

namespace SaaS.Jobs;

/// <summary>Scoped <see cref="IBackgroundWork"/>: queues work for the tenant of the current scope.</summary>
public sealed class TenantBackgroundWork(TenantScope tenant, BackgroundWorkQueue queue) : IBackgroundWork
{
    public void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work) =>
        queue.Enqueue(new BackgroundWorkItem(tenant.Settings.Name, name, work));
}
