using SaaS.Testing;

namespace SaaS.IntegrationTests;

/// <summary>
/// A test class with its own marketplace taking card payments through its own local fake Stripe
/// (<see cref="PaymentMarketplace"/>): launched once per class, both stopped when the class is done.
/// </summary>
public abstract class StripeMarketplaceTests : IAsyncLifetime, IDisposable
{
    private readonly string tenant;

    protected StripeMarketplaceTests(string tenant)
    {
        this.tenant = tenant;
        Host = PaymentMarketplace.Host(Stripe);
    }

    protected FakeStripe Stripe { get; } = new();

    protected SaaSHost Host { get; }

    public virtual Task InitializeAsync() => Host.LaunchPaymentsAsync(tenant);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Host.Dispose();
        Stripe.Dispose();
        GC.SuppressFinalize(this);
    }
}
