namespace SaaS.Merchants;

/// <summary>
/// Whether a merchant may publish (products, shop pages) right now: what the catalog asks before it lists anything.
/// </summary>
public interface IMerchantPublishing
{
    /// <summary>Why the merchant may not publish; empty when it may.</summary>
    Task<IReadOnlyList<PublishingBlocker>> BlockersAsync(Guid merchantId, CancellationToken cancellationToken);
}
