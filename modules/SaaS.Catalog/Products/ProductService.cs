using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Categories;
using SaaS.Catalog.Data;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Merchants;
using SaaS.Problems;

namespace SaaS.Catalog.Products;

/// <summary>
/// A merchant's products: create and edit (validated against the category), publish through the merchant's
/// publishing gate and, where the marketplace reviews, through the review queue; delist. Another merchant's
/// product is simply not found.
/// </summary>
public sealed partial class ProductService(
    CatalogDbContext db,
    CategoryService categories,
    IMerchantPublishing publishing,
    ITenantDatabase database,
    IEventPublisher events,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<ProductView>> ListAsync(MerchantActor actor, string? query, ProductStatus? status, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Include(p => p.Skus).ThenInclude(s => s.Tiers)
            .Where(p => p.MerchantId == actor.MerchantId && (status == null || p.Status == status));
        if (!string.IsNullOrWhiteSpace(query)) products = products.Where(p => p.Title.Contains(query) || p.Brand.Contains(query) || p.Skus.Any(s => s.Code.Contains(query)));
        return (await products.OrderByDescending(p => p.Id).Take(500).ToListAsync(cancellationToken)).Select(ProductView.From).ToList();
    }

    public async Task<ProductView> GetAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        ProductView.From(await FindAsync(actor, id, cancellationToken));

    public async Task<Product> CreateAsync(MerchantActor actor, ProductRequest request, CancellationToken cancellationToken)
    {
        var created = await CreateManyAsync(actor, [request], publish: false, cancellationToken);
        return created[0].Product ?? throw created[0].Problem!;
    }

    /// <summary>
    /// Creates many products of one merchant in one transaction, each validated on its own: an import's batch or a
    /// recipe's catalog. The category tree, the merchant's standing and the codes in use are read once, not per row.
    /// Rows that fail are returned with their problem and leave nothing behind; the others are saved.
    /// </summary>
    public async Task<IReadOnlyList<CreatedProduct>> CreateManyAsync(MerchantActor actor, IReadOnlyList<ProductRequest> requests, bool publish, CancellationToken cancellationToken)
    {
        var snapshot = await categories.SnapshotAsync(cancellationToken);
        var status = ProductStatus.Draft;
        if (publish)
        {
            await RequireGoodStandingAsync(actor.MerchantId, cancellationToken);
            status = (await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.RequireReview ?? false ? ProductStatus.PendingReview : ProductStatus.Published;
        }
        var valid = requests.Select(r => Attempt(() => Validate(r, snapshot))).ToList();
        var codes = valid.Where(v => v.Value is not null).SelectMany(v => v.Value!.Skus.Select(s => s.Code)).ToList();
        var taken = (await db.Skus.Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = clock.GetUtcNow();
        var results = new List<CreatedProduct>();
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        foreach (var (product, problem) in valid)
        {
            if (problem is not null || product is null)
            {
                results.Add(new CreatedProduct(null, problem));
                continue;
            }
            var clash = product.Skus.Select((s, i) => (s.Code, i)).FirstOrDefault(s => !taken.Add(s.Code));
            if (clash.Code is not null)
            {
                results.Add(new CreatedProduct(null, new ConflictException($"skus[{clash.i}].code", $"SKU code {clash.Code} is already used in this marketplace.")));
                continue;
            }
            var entity = new Product
            {
                MerchantId = actor.MerchantId, Slug = "", Title = product.Title, Unit = product.Unit, Status = status, CreatedUtc = now, UpdatedUtc = now,
                PublishedUtc = status == ProductStatus.Published ? now : null,
            };
            Apply(entity, product);
            entity.Slug = SlugFor(entity);
            db.Products.Add(entity);
            results.Add(new CreatedProduct(entity, null));
        }
        await db.SaveChangesAsync(cancellationToken);
        var createdIds = results.Where(r => r.Product is not null).Select(r => r.Product!.Id).ToList();
        if (createdIds.Count > 0) await events.PublishAsync(new ProductsCreated(createdIds, actor.MerchantId, status.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static (T? Value, ProblemException? Problem) Attempt<T>(Func<T> work) where T : class
    {
        try
        {
            return (work(), null);
        }
        catch (ProblemException problem)
        {
            return (null, problem);
        }
    }

    /// <summary>Replaces the product's fields and SKUs. A published product stays published: buyers see the edit at once.</summary>
    public async Task<Product> UpdateAsync(MerchantActor actor, Guid id, ProductRequest request, CancellationToken cancellationToken)
    {
        var product = await FindAsync(actor, id, cancellationToken);
        var valid = await ValidateAsync(request, cancellationToken);
        await RequireFreeCodesAsync(valid, product.Id, cancellationToken);
        // Carts and orders hold SKUs by id, and open orders hold units of them: a SKU whose code stays keeps its id
        // and its reservations, and one that open orders hold cannot be dropped.
        var codes = valid.Skus.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var dropped = product.Skus.Where(s => !codes.Contains(s.Code)).ToList();
        if (dropped.FirstOrDefault(s => s.Reserved > 0) is { } held)
        {
            throw new ConflictException("skus", $"SKU {held.Code} has {held.Reserved} units reserved by open orders; keep it until they are paid or cancelled.");
        }
        var reservedOf = product.Skus.ToDictionary(s => s.Code, s => s.Reserved, StringComparer.OrdinalIgnoreCase);
        if (valid.Skus.Select((s, i) => (Sku: s, Index: i, Reserved: reservedOf.GetValueOrDefault(s.Code))).FirstOrDefault(s => s.Sku.Stock < s.Reserved) is { Sku: not null } shortSku)
        {
            throw new ConflictException($"skus[{shortSku.Index}].stock", StockBelowReserved(shortSku.Sku.Code, shortSku.Reserved));
        }
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.PriceTiers.RemoveRange(product.Skus.SelectMany(s => s.Tiers));
        db.Skus.RemoveRange(dropped);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var sku in product.Skus) sku.Tiers.Clear();
        product.Skus.RemoveAll(dropped.Contains);
        var kept = product.Skus.Select(s => s.Id).ToHashSet();
        Apply(product, valid);
        // New SKUs and tiers carry ids made here: found through the tracked product, EF would take them for
        // existing rows and update nothing. They are added explicitly.
        db.Skus.AddRange(product.Skus.Where(s => !kept.Contains(s.Id)));
        db.PriceTiers.AddRange(product.Skus.Where(s => kept.Contains(s.Id)).SelectMany(s => s.Tiers));
        product.UpdatedUtc = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ProductChanged(product.Id, product.MerchantId, product.Status.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return product;
    }

    /// <summary>
    /// Publishes a draft or delisted product, or sends it to review where the marketplace reviews products. A
    /// merchant not in good standing (deposit, agreement, licences, suspension) is refused with the reasons.
    /// </summary>
    public async Task<Product> PublishAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        var product = await FindAsync(actor, id, cancellationToken);
        if (product.Status is not (ProductStatus.Draft or ProductStatus.Delisted))
        {
            throw new ConflictException("status", $"The product is {product.Status}; only a Draft or Delisted product can be published.");
        }
        await RequireGoodStandingAsync(actor.MerchantId, cancellationToken);
        var review = (await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.RequireReview ?? false;
        return await ChangeStatusAsync(product, review ? ProductStatus.PendingReview : ProductStatus.Published, null, cancellationToken);
    }

    public async Task<Product> DelistAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken)
    {
        var product = await FindAsync(actor, id, cancellationToken);
        if (product.Status != ProductStatus.Published) throw new ConflictException("status", $"The product is {product.Status}; only a Published product can be delisted.");
        return await ChangeStatusAsync(product, ProductStatus.Delisted, null, cancellationToken);
    }

    /// <summary>One action over many products; each succeeds or fails on its own, and the answer says which.</summary>
    public async Task<IReadOnlyList<BulkResult>> BulkAsync(MerchantActor actor, BulkRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Ids is not { Count: > 0 and <= 500 }) errors["ids"] = ["Choose 1 to 500 products."];
        if (request.Action is not ("publish" or "delist" or "price" or "stock")) errors["action"] = ["The action is publish, delist, price or stock."];
        if (request.Action == "price" && request.Percent is not (>= -90 and <= 1000 and not 0)) errors["percent"] = ["Change prices by -90 to 1000 percent."];
        if (request.Action == "stock" && request.Stock is not >= 0) errors["stock"] = ["Stock is a whole number of zero or more."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var results = new List<BulkResult>();
        foreach (var id in request.Ids!.Distinct())
        {
            try
            {
                switch (request.Action)
                {
                    case "publish": await PublishAsync(actor, id, cancellationToken); break;
                    case "delist": await DelistAsync(actor, id, cancellationToken); break;
                    default: await AdjustAsync(actor, id, request, cancellationToken); break;
                }
                results.Add(new BulkResult(id, true, null));
            }
            catch (ProblemException problem)
            {
                results.Add(new BulkResult(id, false, string.Join(" ", problem.Errors.SelectMany(e => e.Value))));
            }
        }
        return results;
    }

    private async Task AdjustAsync(MerchantActor actor, Guid id, BulkRequest request, CancellationToken cancellationToken)
    {
        var product = await FindAsync(actor, id, cancellationToken);
        if (request.Action == "stock" && product.Skus.FirstOrDefault(s => s.Reserved > request.Stock) is { } held)
        {
            throw new ConflictException("stock", StockBelowReserved(held.Code, held.Reserved));
        }
        foreach (var sku in product.Skus)
        {
            if (request.Action == "stock") sku.Stock = request.Stock!.Value;
            else foreach (var tier in sku.Tiers) tier.UnitPrice = Math.Max(0.01m, decimal.Round(tier.UnitPrice * (100 + request.Percent!.Value) / 100, 2, MidpointRounding.AwayFromZero));
        }
        product.PriceFrom = product.Skus.SelectMany(s => s.Tiers).Select(t => t.UnitPrice).DefaultIfEmpty().Min();
        product.Stock = product.Skus.Sum(s => s.Stock);
        product.UpdatedUtc = clock.GetUtcNow();
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ProductChanged(product.Id, product.MerchantId, product.Status.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RequireGoodStandingAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var blockers = await publishing.BlockersAsync(merchantId, cancellationToken);
        if (blockers.Count > 0)
        {
            throw new ConflictException("merchant", "The merchant may not publish yet: " + string.Join(" ", blockers.Select(b => b.Message)));
        }
    }

    public async Task<Product> ChangeStatusAsync(Product product, ProductStatus status, string? reason, CancellationToken cancellationToken)
    {
        product.Status = status;
        product.RejectionReason = reason;
        product.UpdatedUtc = clock.GetUtcNow();
        if (status == ProductStatus.Published) product.PublishedUtc = product.UpdatedUtc;
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ProductChanged(product.Id, product.MerchantId, status.ToString()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return product;
    }

    private async Task<Product> FindAsync(MerchantActor actor, Guid id, CancellationToken cancellationToken) =>
        await db.Products.Include(p => p.Skus).ThenInclude(s => s.Tiers).SingleOrDefaultAsync(p => p.Id == id && p.MerchantId == actor.MerchantId, cancellationToken)
        ?? throw new NotFoundException("id", "There is no such product among your merchant's.");

    private async Task<ValidProduct> ValidateAsync(ProductRequest request, CancellationToken cancellationToken) =>
        Validate(request, await categories.SnapshotAsync(cancellationToken));

    private static ValidProduct Validate(ProductRequest request, CategorySnapshot snapshot)
    {
        var known = request.CategoryId is { } categoryId && snapshot.Exists(categoryId);
        var valid = ProductRules.Validate(request, known ? snapshot.AttributesFor(request.CategoryId!.Value) : []);
        return known ? valid : throw new ValidationFailedException("categoryId", "There is no such category.");
    }

    /// <summary>SKU codes are unique across the marketplace, so a buyer's quick order by code finds one thing.</summary>
    private async Task RequireFreeCodesAsync(ValidProduct valid, Guid? productId, CancellationToken cancellationToken)
    {
        var codes = valid.Skus.Select(s => s.Code).ToList();
        var taken = await db.Skus.Where(s => codes.Contains(s.Code) && s.ProductId != productId).Select(s => s.Code).ToListAsync(cancellationToken);
        if (taken.Count > 0)
        {
            var index = valid.Skus.ToList().FindIndex(s => s.Code == taken[0]);
            throw new ConflictException($"skus[{index}].code", $"SKU code {string.Join(", ", taken)} is already used in this marketplace.");
        }
    }

    private static string StockBelowReserved(string code, int reserved) =>
        $"SKU {code} has {reserved} units reserved by open orders; its stock cannot go below that until they are paid or cancelled.";

    private static void Apply(Product product, ValidProduct valid)
    {
        (product.Title, product.Brand, product.CategoryId, product.Description, product.Unit) = (valid.Title, valid.Brand, valid.CategoryId, valid.Description, valid.Unit);
        (product.MinOrderQuantity, product.OrderMultiple, product.LeadTimeDays, product.Attributes) = (valid.MinOrderQuantity, valid.OrderMultiple, valid.LeadTimeDays, valid.Attributes);
        foreach (var sku in valid.Skus)
        {
            var entity = product.Skus.FirstOrDefault(s => string.Equals(s.Code, sku.Code, StringComparison.OrdinalIgnoreCase));
            if (entity is null) product.Skus.Add(entity = new Sku { ProductId = product.Id, Code = sku.Code });
            (entity.Code, entity.Variant, entity.Stock, entity.LowStockAlert) = (sku.Code, sku.Variant, sku.Stock, sku.LowStockAlert);
            entity.Tiers.AddRange(sku.Tiers.Select(t => new PriceTier { SkuId = entity.Id, MinQuantity = t.MinQuantity, UnitPrice = t.UnitPrice }));
        }
        product.PriceFrom = valid.Skus.SelectMany(s => s.Tiers).Select(t => t.UnitPrice).DefaultIfEmpty().Min();
        product.Stock = valid.Skus.Sum(s => s.Stock);
    }

    /// <summary>The Latin words of the title (MRO titles carry the English trade name) and a short unique tail.</summary>
    private static string SlugFor(Product product)
    {
        var words = LatinWord().Matches(product.Title.ToLowerInvariant()).Select(m => m.Value).Take(8);
        var stem = string.Join("-", words);
        var tail = product.Id.ToString("N")[^8..];
        return stem.Length == 0 ? $"p-{tail}" : $"{(stem.Length > 140 ? stem[..140] : stem)}-{tail}";
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex LatinWord();
}
