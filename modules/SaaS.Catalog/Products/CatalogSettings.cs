namespace SaaS.Catalog.Products;

/// <summary>The marketplace's catalog rules (one row).</summary>
public sealed class CatalogSettings
{
    public int Id { get; init; } = 1;

    /// <summary>Whether a merchant's publish waits for the operator's review.</summary>
    public bool RequireReview { get; set; }
}
