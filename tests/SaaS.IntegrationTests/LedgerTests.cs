using Microsoft.Extensions.DependencyInjection;
using SaaS.Data;
using SaaS.Payments.Data;
using SaaS.Payments.Ledger;
using SaaS.Problems;
using SaaS.Tenancy;
using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>The ledger service itself, in a tenant scope as a request or a job has it.</summary>
public sealed class LedgerTests(SaaSHost host) : IClassFixture<SaaSHost>, IAsyncLifetime
{
    private const string Tenant = "ledger";

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Path.Combine(host.AppData, "Sites", Tenant))) return;
        await host.LaunchAsync(Tenant);
        var admin = host.WithToken(await host.LoginAsync($"/{Tenant}", "admin@example.com"));
        var enabled = await admin.PostAsync($"/{Tenant}/api/admin/features/Payments/enable", null);
        Assert.True(enabled.IsSuccessStatusCode, await enabled.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Posting_the_same_cause_twice_books_it_once()
    {
        var (orderId, merchantId) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        var first = await PostInTransactionAsync(OrderPaid(orderId, merchantId, 100.00m, 3.00m));
        var second = await PostInTransactionAsync(OrderPaid(orderId, merchantId, 100.00m, 3.00m));

        Assert.True(first);
        Assert.False(second);
        await using var scope = await TenantScopeAsync();
        Assert.Equal(97.00m, await scope.ServiceProvider.GetRequiredService<Ledger>().BalanceAsync(LedgerAccounts.MerchantPending(merchantId), default));
        Assert.Equal(1L, await EntriesOfAsync(orderId));
    }

    [Fact]
    public async Task An_unbalanced_entry_is_refused_and_nothing_is_booked()
    {
        var orderId = Guid.CreateVersion7();
        var unbalanced = new JournalDraft(EntryKinds.OrderPaid, "order", orderId, "Order paid")
            .Debit(LedgerAccounts.BuyerClearing, 100.00m)
            .Credit(LedgerAccounts.MerchantPending(Guid.CreateVersion7()), 96.99m);

        await Assert.ThrowsAsync<InvalidOperationException>(() => PostInTransactionAsync(unbalanced));

        Assert.Equal(0L, await EntriesOfAsync(orderId));
    }

    [Fact]
    public async Task A_post_that_fails_to_save_leaves_the_callers_transaction_unable_to_commit_half_of_it()
    {
        var orderId = Guid.CreateVersion7();
        var draft = OrderPaid(orderId, Guid.CreateVersion7(), 50.00m, 1.50m);
        await using (var scope = await TenantScopeAsync())
        {
            var services = scope.ServiceProvider;
            await using var transaction = await services.GetRequiredService<ITenantDatabase>().BeginTransactionAsync(default);
            // A stray row of the same cause, not saved yet: the ledger's check cannot see it, the unique key refuses the pair.
            services.GetRequiredService<PaymentsDbContext>().JournalEntries.Add(new JournalEntry
            {
                Kind = draft.Kind, SourceType = draft.SourceType, SourceId = orderId, IdempotencyKey = draft.IdempotencyKey, Memo = "stray",
            });

            await Assert.ThrowsAsync<ConflictException>(() => services.GetRequiredService<Ledger>().PostAsync(draft, default));

            await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync(default));
        }
        Assert.Equal(0L, await EntriesOfAsync(orderId));
    }

    private static JournalDraft OrderPaid(Guid orderId, Guid merchantId, decimal total, decimal commission) =>
        new JournalDraft(EntryKinds.OrderPaid, "order", orderId, "Order paid by bank-transfer")
            .Debit(LedgerAccounts.BuyerClearing, total)
            .Credit(LedgerAccounts.MerchantPending(merchantId), total - commission)
            .Credit(LedgerAccounts.CommissionRevenue, commission);

    /// <summary>Posts in a transaction of its own, as a use case does, and commits.</summary>
    private async Task<bool> PostInTransactionAsync(JournalDraft draft)
    {
        await using var scope = await TenantScopeAsync();
        var services = scope.ServiceProvider;
        await using var transaction = await services.GetRequiredService<ITenantDatabase>().BeginTransactionAsync(default);
        var posted = await services.GetRequiredService<Ledger>().PostAsync(draft, default);
        await transaction.CommitAsync(default);
        return posted;
    }

    private async Task<long> EntriesOfAsync(Guid orderId) =>
        (long)(await host.TenantScalarAsync(Tenant, $"SELECT COUNT(*) FROM JournalEntries WHERE SourceId = '{orderId.ToString().ToUpperInvariant()}'"))!;

    private async Task<AsyncServiceScope> TenantScopeAsync()
    {
        var settings = host.Services.GetRequiredService<TenantCatalog>().Get(Tenant);
        var shell = await host.Services.GetRequiredService<ShellHost>().GetShellAsync(settings, default);
        return host.Services.GetRequiredService<TenantScopeFactory>().Create(settings, shell);
    }
}
