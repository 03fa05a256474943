namespace SaaS.Jobs;

/// <summary>A queued piece of <see cref="IBackgroundWork"/>: for which tenant, what, and the work itself.</summary>
public sealed record BackgroundWorkItem(string TenantName, string Name, Func<IServiceProvider, CancellationToken, Task> Work);
