namespace SaaS.Catalog.Events;

/// <summary>
/// A category became, or stopped being, for verified buyers only. Search filters such categories at query time, so
/// it only needs to read the category flags again; nothing is reindexed.
/// </summary>
public sealed record CategoryVisibilityChanged(Guid CategoryId, bool VerifiedBuyersOnly);
