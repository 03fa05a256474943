namespace SaaS.Catalog.Reviews;

public sealed record CatalogSettingsBody(bool RequireReview);
