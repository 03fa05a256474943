namespace SaaS.Catalog.Events;

/// <summary>A product was created, edited, published, delisted or reviewed: whatever shows it (search) should look again.</summary>
public sealed record ProductChanged(Guid ProductId, Guid MerchantId, string Status);
