using Microsoft.EntityFrameworkCore;
using SaaS.Audit;
using SaaS.Catalog.Data;
using SaaS.Catalog.Products;
using SaaS.Data;
using SaaS.Problems;

namespace SaaS.Catalog.Reviews;

/// <summary>
/// The operator's product review queue, for marketplaces that review before listing. A rejection sends the
/// product back to Draft with the reason the merchant reads; approval re-checks the merchant's standing.
/// </summary>
public sealed class ProductReviews(CatalogDbContext db, ProductService products, ITenantDatabase database, IAuditLog audit)
{
    public async Task<IReadOnlyList<ProductView>> QueueAsync(CancellationToken cancellationToken) =>
        (await db.Products.AsNoTracking().Include(p => p.Skus).ThenInclude(s => s.Tiers)
            .Where(p => p.Status == ProductStatus.PendingReview).OrderBy(p => p.Id).ToListAsync(cancellationToken))
        .Select(ProductView.From).ToList();

    public async Task ApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await PendingAsync(id, cancellationToken);
        await products.RequireGoodStandingAsync(product.MerchantId, cancellationToken);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await products.ChangeStatusAsync(product, ProductStatus.Published, null, cancellationToken);
        await audit.RecordAsync("product.approved", $"{product.Title} ({product.Id})", nameof(ProductStatus.PendingReview), nameof(ProductStatus.Published), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RejectAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000) throw new ValidationFailedException("reason", "Say why the product is rejected (up to 1000 characters); the merchant will read it.");
        var product = await PendingAsync(id, cancellationToken);
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await products.ChangeStatusAsync(product, ProductStatus.Draft, reason.Trim(), cancellationToken);
        await audit.RecordAsync("product.rejected", $"{product.Title} ({product.Id})", nameof(ProductStatus.PendingReview), $"{nameof(ProductStatus.Draft)}: {reason.Trim()}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RequiredAsync(CancellationToken cancellationToken) =>
        (await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.RequireReview ?? false;

    public async Task SetRequiredAsync(bool required, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null) db.Settings.Add(settings = new CatalogSettings());
        var before = settings.RequireReview;
        settings.RequireReview = required;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("catalog.review-setting", "Products require review", before.ToString(), required.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<Product> PendingAsync(Guid id, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Skus).ThenInclude(s => s.Tiers).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("id", "There is no such product.");
        return product.Status == ProductStatus.PendingReview
            ? product
            : throw new ConflictException("status", $"The product is {product.Status}; only a product waiting for review can be decided.");
    }
}
