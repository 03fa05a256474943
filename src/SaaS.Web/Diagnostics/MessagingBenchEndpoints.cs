using SaaS.Data;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Outbox;
using SaaS.Tenancy;

namespace SaaS.Web.Diagnostics;

/// <summary>
/// Bench-only messaging yardstick (mapped with the other <c>/_bench</c> endpoints, never in a normal deployment):
/// business commits that each queue one e-mail through the real <see cref="Notifier"/>, so the bench can time the
/// outbox dispatcher from the commit to the SMTP server's hand-off.
/// </summary>
public static class MessagingBenchEndpoints
{
    private static readonly Dictionary<string, string> ApplicantLinks = new() { [Audiences.Applicant] = "/merchant" };

    public static void MapMessagingBenchEndpoints(this RouteGroupBuilder bench)
    {
        // Occurrences first .. first + count - 1 of merchant.applied, each from applicant bench-{run}-{i}@bench.local, in
        // transactions of `perTransaction` occurrences (1: each its own, as a business request commits), each transaction
        // in its own tenant scope; paced at `perSecond` occurrences a second when given, else as fast as they commit.
        // Answers each occurrence's commit time (Unix ms, UTC), in order.
        bench.MapPost("/messaging/notify", async (string tenant, string run, int first, int count, int? perTransaction, double? perSecond,
            TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, TimeProvider clock, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            var shell = await shells.GetShellAsync(settings, ct);
            var size = Math.Max(1, perTransaction ?? 1);
            var committed = new List<double>(count);
            var started = clock.GetTimestamp();
            for (var i = first; i < first + count; i += size)
            {
                if (perSecond is { } rate && TimeSpan.FromSeconds((i - first) / rate) - clock.GetElapsedTime(started) is { Ticks: > 0 } ahead) await Task.Delay(ahead, ct);
                var occurrences = Math.Min(size, first + count - i);
                await using (var scope = scopes.Create(settings, shell))
                {
                    var database = scope.ServiceProvider.GetRequiredService<ITenantDatabase>();
                    var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
                    await using var transaction = await database.BeginTransactionAsync(ct);
                    for (var occurrence = i; occurrence < i + occurrences; occurrence++) await notifier.NotifyAsync(Applied(run, occurrence), ct);
                    await transaction.CommitAsync(ct);
                }
                var at = (clock.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalMilliseconds;
                committed.AddRange(Enumerable.Repeat(at, occurrences));
            }
            return TypedResults.Ok(new { committed });
        });
    }

    private static Occurrence Applied(string run, int index)
    {
        var email = $"bench-{run}-{index}@bench.local";
        var application = new Dictionary<string, object?> { ["legal_name"] = $"Bench Trading {run}-{index}", ["email"] = email, ["reason"] = null };
        return new Occurrence("merchant.applied", $"bench-{run}-{index}", new Dictionary<string, object?> { ["application"] = application },
            new Parties(ApplicantEmail: email), ApplicantLinks);
    }
}
