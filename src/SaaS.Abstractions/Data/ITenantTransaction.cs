namespace SaaS.Data;

public interface ITenantTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
