namespace SaaS.Catalog.Products;

public enum ProductStatus
{
    Draft,
    PendingReview,
    Published,
    Delisted,
}
