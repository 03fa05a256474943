namespace SaaS.Audit;

/// <summary>
/// Records who changed what in a marketplace (approvals, rejections, suspensions, roles, permissions), with the
/// value before and after. Written in the caller's tenant transaction, so a change and its record commit together.
/// </summary>
public interface IAuditLog
{
    /// <param name="action">What happened, e.g. <c>merchant-application.approved</c>.</param>
    /// <param name="subject">What it happened to, as a person reads it.</param>
    Task RecordAsync(string action, string subject, string? before, string? after, CancellationToken cancellationToken);
}
