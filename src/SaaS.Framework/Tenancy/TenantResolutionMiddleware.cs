using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SaaS.Problems;

namespace SaaS.Tenancy;

/// <summary>
/// Finds the request's tenant (host name first, then first path segment, which becomes the PathBase),
/// answers for tenants that cannot serve, and activates the tenant's shell for the rest of the pipeline.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantCatalog catalog, ShellHost shells, ILogger<TenantResolutionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var tenant = catalog.ResolveHost(context.Request.Host.Host);
        if (tenant is null && FirstSegment(context.Request.Path) is { } segment
            && catalog.ResolvePrefix(segment) is { } prefixed)
        {
            tenant = prefixed;
            context.Request.PathBase = context.Request.PathBase.Add("/" + segment);
            context.Request.Path = context.Request.Path.Value!.Length > segment.Length + 1
                ? new PathString(context.Request.Path.Value[(segment.Length + 1)..])
                : new PathString("/");
        }
        if (tenant is null)
        {
            await next(context);
            return;
        }
        switch (tenant.State)
        {
            case TenantState.Running:
                break;
            case TenantState.Uninitialized or TenantState.Initializing:
                throw new TenantUnavailableException(tenant.Name, "is being set up; retry shortly.") { RetryAfter = TimeSpan.FromSeconds(2) };
            case TenantState.Failed:
                throw new TenantUnavailableException(tenant.Name, "failed to set up.");
            default:
                throw new NotFoundException("tenant", "There is no marketplace here.");
        }
        TenantShell shell;
        try
        {
            shell = await shells.GetShellAsync(tenant, context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that cannot be opened or migrated is the operator's to fix; visitors get a 503, not a 500.
            logger.LogError(e, "Activating tenant {TenantName} failed", tenant.Name);
            throw new TenantUnavailableException(tenant.Name, "cannot be opened right now.") { RetryAfter = TimeSpan.FromSeconds(30) };
        }
        context.Features.Set(shell);
        context.RequestServices.GetRequiredService<TenantScope>().Set(shell.Settings, shell);
        await next(context);
    }

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2) return null;
        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}
