using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace SaaS.Audit;

/// <summary>The tenant's audit trail: written by any module through <see cref="IAuditLog"/>, searched by the operator.</summary>
public sealed class AuditLog(AuditDbContext db, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(string action, string subject, string? before, string? after, CancellationToken cancellationToken)
    {
        db.Entries.Add(new AuditEntry
        {
            Action = action,
            Subject = subject,
            Actor = http.HttpContext?.User.Identity?.Name ?? "system",
            Before = before,
            After = after,
            AtUtc = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first; <paramref name="text"/> matches action, subject, actor, before or after.</summary>
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(string? text, int take, CancellationToken cancellationToken)
    {
        var query = db.Entries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim()}%";
            query = query.Where(e => EF.Functions.Like(e.Action, pattern) || EF.Functions.Like(e.Subject, pattern)
                || EF.Functions.Like(e.Actor, pattern) || EF.Functions.Like(e.Before ?? "", pattern) || EF.Functions.Like(e.After ?? "", pattern));
        }
        // Version 7 ids grow with time and sort on every provider.
        return await query.OrderByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }
}
