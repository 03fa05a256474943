using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;
using SaaS.Tenancy;

namespace SaaS.Web.Diagnostics;

/// <summary>
/// Bench-only ledger yardsticks (mapped with the other <c>/_bench</c> endpoints, never in a normal deployment):
/// post order-paid entries through the real <see cref="Ledger"/> from concurrent writers, bulk-load a PostgreSQL
/// tenant's journal with binary COPY, and time the trial balance in-process.
/// </summary>
public static class LedgerBenchEndpoints
{
    private const int Merchants = 50;
    private const int CommissionPercent = 3;
    private static readonly TimeSpan CopyTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The marketplace's merchants: fixed ids, so the seeded and the posted entries share their accounts.</summary>
    private static readonly Guid[] MerchantIds = Enumerable.Range(1, Merchants).Select(i => new Guid($"00000000-0000-7000-8000-{i:D12}")).ToArray();

    public static void MapLedgerBenchEndpoints(this RouteGroupBuilder bench)
    {
        // Each writer posts one entry a transaction (or `batch` of them, as a settlement run does), each transaction in its
        // own tenant scope as a request would, until the time is up; a transaction is timed from the scope's creation to
        // its disposal after the commit.
        bench.MapPost("/ledger/post", async (string tenant, int writers, double seconds, int? batch, TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            var shell = await shells.GetShellAsync(settings, ct);
            var duration = TimeSpan.FromSeconds(seconds);
            var timings = new List<double>[writers];
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
            {
                timings[writer] = [];
                var random = new Random(writer);
                while (clock.Elapsed < duration)
                {
                    var drafts = Enumerable.Range(0, batch ?? 1)
                        .Select(_ => OrderPaid(Guid.CreateVersion7(), random.NextInt64(1_00, 100_000_00), MerchantIds[random.Next(Merchants)])).ToList();
                    var started = Stopwatch.GetTimestamp();
                    await using (var scope = scopes.Create(settings, shell))
                    {
                        var database = scope.ServiceProvider.GetRequiredService<ITenantDatabase>();
                        var ledger = scope.ServiceProvider.GetRequiredService<Ledger>();
                        await using var transaction = await database.BeginTransactionAsync(ct);
                        foreach (var draft in drafts)
                        {
                            if (!await ledger.PostAsync(draft, ct)) throw new InvalidOperationException($"The ledger refused {draft.IdempotencyKey} as booked already.");
                        }
                        await transaction.CommitAsync(ct);
                    }
                    timings[writer].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }, ct)));
            var elapsed = clock.Elapsed.TotalSeconds;
            var all = timings.SelectMany(t => t).Order().ToList();
            return TypedResults.Ok(new
            {
                entries = all.Count * (batch ?? 1), seconds = elapsed, perSecond = all.Count * (batch ?? 1) / elapsed,
                p50 = NearestRank.Percentile(all, 0.50), p95 = NearestRank.Percentile(all, 0.95), p99 = NearestRank.Percentile(all, 0.99), max = all[^1],
            });
        });

        // Order-paid entries of 3 lines, COPYed in binary into a PostgreSQL tenant's empty journal in one transaction
        // (the append-only triggers fire on UPDATE and DELETE only), then VACUUM ANALYZE; answers the totals loaded.
        bench.MapPost("/ledger/seed", async (string tenant, int entries, TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            if (settings.DatabaseProvider != DatabaseProvider.Postgres) throw new ValidationFailedException("tenant", "Seeding the ledger uses PostgreSQL's COPY: the tenant must be on PostgreSQL.");
            var shell = await shells.GetShellAsync(settings, ct);
            await using var scope = scopes.Create(settings, shell);
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            db.Database.SetCommandTimeout(CopyTimeout);
            if (await db.JournalEntries.AnyAsync(ct)) throw new ConflictException("tenant", "The tenant's journal is not empty: seed a fresh tenant.");

            var clock = Stopwatch.StartNew();
            var (ids, orderIds, totals) = (new Guid[entries], new Guid[entries], new long[entries]);
            var firstPosted = DateTimeOffset.UtcNow.AddDays(-365);
            var random = new Random(20261222);
            long lines = 0, debits = 0, credits = 0;
            await using (var transaction = await scope.ServiceProvider.GetRequiredService<ITenantDatabase>().BeginTransactionAsync(ct))
            {
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                await using (var copy = await connection.BeginBinaryImportAsync(
                    """COPY "JournalEntries" ("Id", "PostedUtc", "Kind", "SourceType", "SourceId", "IdempotencyKey", "Memo", "ReversesId") FROM STDIN (FORMAT BINARY)""", ct))
                {
                    copy.Timeout = CopyTimeout;
                    for (var i = 0; i < entries; i++)
                    {
                        // A year of entries, about 32 s apart, with v7 ids in the order they were posted.
                        var posted = firstPosted.AddMilliseconds(i * 31_536L);
                        (ids[i], orderIds[i], totals[i]) = (Guid.CreateVersion7(posted), Guid.CreateVersion7(posted), random.NextInt64(1_00, 100_000_00));
                        var draft = OrderPaid(orderIds[i], totals[i], MerchantIds[i % Merchants]);
                        await copy.StartRowAsync(ct);
                        await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid, ct);
                        await copy.WriteAsync(posted, NpgsqlDbType.TimestampTz, ct);
                        await copy.WriteAsync(draft.Kind, NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(draft.SourceType, NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(draft.SourceId, NpgsqlDbType.Uuid, ct);
                        await copy.WriteAsync(draft.IdempotencyKey, NpgsqlDbType.Varchar, ct);
                        await copy.WriteAsync(draft.Memo, NpgsqlDbType.Varchar, ct);
                        await copy.WriteNullAsync(ct);
                    }
                    await copy.CompleteAsync(ct);
                }
                await using (var copy = await connection.BeginBinaryImportAsync(
                    """COPY "JournalLines" ("EntryId", "Account", "Debit", "Credit") FROM STDIN (FORMAT BINARY)""", ct))
                {
                    // The lines' foreign keys are checked when the COPY completes: millions of lookups in one wait.
                    copy.Timeout = CopyTimeout;
                    for (var i = 0; i < entries; i++)
                    {
                        foreach (var (account, debit, credit) in OrderPaid(orderIds[i], totals[i], MerchantIds[i % Merchants]).Lines)
                        {
                            await copy.StartRowAsync(ct);
                            await copy.WriteAsync(ids[i], NpgsqlDbType.Uuid, ct);
                            await copy.WriteAsync(account, NpgsqlDbType.Varchar, ct);
                            await copy.WriteAsync(debit, NpgsqlDbType.Bigint, ct);
                            await copy.WriteAsync(credit, NpgsqlDbType.Bigint, ct);
                            (lines, debits, credits) = (lines + 1, debits + debit, credits + credit);
                        }
                    }
                    await copy.CompleteAsync(ct);
                }
                await transaction.CommitAsync(ct);
            }
            var copySeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            // The planner needs fresh statistics, and an index-only scan a fresh visibility map.
            await db.Database.ExecuteSqlRawAsync("""VACUUM ANALYZE "JournalEntries", "JournalLines" """, ct);
            return TypedResults.Ok(new { entries, lines, debits, credits, copySeconds, vacuumSeconds = clock.Elapsed.TotalSeconds });
        });

        // Each round asks the Ledger service for the trial balance in its own tenant scope, as a request would; only
        // the call is timed. Answers the timings in order and the last round's balance.
        bench.MapGet("/ledger/trial-balance", async (string tenant, int rounds, TenantCatalog catalog, ShellHost shells, TenantScopeFactory scopes, CancellationToken ct) =>
        {
            var settings = catalog.Get(tenant);
            var shell = await shells.GetShellAsync(settings, ct);
            var timings = new List<double>();
            TrialBalance? balance = null;
            for (var round = 0; round < rounds; round++)
            {
                await using var scope = scopes.Create(settings, shell);
                var ledger = scope.ServiceProvider.GetRequiredService<Ledger>();
                var started = Stopwatch.GetTimestamp();
                balance = await ledger.TrialBalanceAsync(ct);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return TypedResults.Ok(new { timings, balance });
        });
    }

    /// <summary>An order paid: the buyer's money leaves clearing for the merchant's pending account, less the marketplace's commission.</summary>
    private static JournalDraft OrderPaid(Guid orderId, long totalMinor, Guid merchantId)
    {
        var commission = (totalMinor * CommissionPercent + 50) / 100;
        return new JournalDraft(EntryKinds.OrderPaid, "order", orderId, "Order paid by bank-transfer BENCH")
            .Debit(LedgerAccounts.BuyerClearing, Money.FromMinor(totalMinor))
            .Credit(LedgerAccounts.MerchantPending(merchantId), Money.FromMinor(totalMinor - commission))
            .Credit(LedgerAccounts.CommissionRevenue, Money.FromMinor(commission));
    }
}
