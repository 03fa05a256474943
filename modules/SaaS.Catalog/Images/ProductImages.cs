using ImageMagick;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaaS.Catalog.Data;
using SaaS.Catalog.Events;
using SaaS.Data;
using SaaS.Events;
using SaaS.Merchants;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Catalog.Images;

/// <summary>
/// Product photos: checked by content and size, decoded under resource limits (a small file claiming huge
/// dimensions is refused, not decoded), stored as WebP renditions the storefront serves with a long cache.
/// </summary>
public sealed class ProductImages(CatalogDbContext db, ITenant tenant, ITenantDatabase database, IEventPublisher events)
{
    public const long MaxBytes = 8 * 1024 * 1024;
    public const int MaxImages = 10;
    public const int MinSide = 200;
    public const int MaxSide = 8000;

    public static readonly IReadOnlyList<(string Name, uint Side)> Sizes = [("small", 160), ("medium", 480), ("large", 1200)];

    private static readonly byte[][] Signatures = [[0xFF, 0xD8, 0xFF], [0x89, 0x50, 0x4E, 0x47], "RIFF"u8.ToArray()];

    static ProductImages()
    {
        ResourceLimits.Width = MaxSide;
        ResourceLimits.Height = MaxSide;
    }

    public async Task<IReadOnlyList<ImageView>> ForProductAsync(Guid productId, CancellationToken cancellationToken) =>
        (await db.ProductImages.AsNoTracking().Where(i => i.ProductId == productId).OrderBy(i => i.Position).ToListAsync(cancellationToken))
        .Select(View).ToList();

    /// <summary>The first image of each product, for cards.</summary>
    public async Task<IReadOnlyDictionary<Guid, ImageView>> CoversAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken) =>
        (await db.ProductImages.AsNoTracking().Where(i => productIds.Contains(i.ProductId)).ToListAsync(cancellationToken))
        .GroupBy(i => i.ProductId).ToDictionary(g => g.Key, g => View(g.MinBy(i => i.Position)!));

    public async Task<ImageView> AddAsync(MerchantActor actor, Guid productId, IFormFile? file, CancellationToken cancellationToken)
    {
        await RequireOwnAsync(actor, productId, cancellationToken);
        if (file is null || file.Length == 0) throw new ValidationFailedException("file", "Choose a JPEG, PNG or WebP photo.");
        if (file.Length > MaxBytes) throw new ValidationFailedException("file", $"A photo may be at most {MaxBytes / 1024 / 1024} MB; this one is {file.Length / 1024.0 / 1024:0.0} MB.");
        var count = await db.ProductImages.CountAsync(i => i.ProductId == productId, cancellationToken);
        if (count >= MaxImages) throw new ConflictException("file", $"A product has at most {MaxImages} photos; delete one first.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!Signatures.Any(s => bytes.AsSpan().StartsWith(s))) throw new ValidationFailedException("file", "The photo must be a JPEG, PNG or WebP image.");

        var image = new ProductImage { ProductId = productId, Position = count };
        var folder = Folder(productId);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        try
        {
            using var original = Decode(bytes);
            if (original.Width < MinSide || original.Height < MinSide) throw new ValidationFailedException("file", $"A photo needs at least {MinSide}×{MinSide} pixels; this one has {original.Width}×{original.Height}.");
            original.AutoOrient();
            original.Strip();
            image = new ProductImage { ProductId = productId, Position = count, Width = (int)original.Width, Height = (int)original.Height };
            foreach (var (name, side) in Sizes)
            {
                using var rendition = original.Clone();
                rendition.Resize(new MagickGeometry(side, side) { Greater = true });
                rendition.Format = MagickFormat.WebP;
                rendition.Quality = 82;
                var path = Path.Combine(folder, $"{image.Id:N}-{name}.webp");
                await System.IO.File.WriteAllBytesAsync(path, rendition.ToByteArray(), cancellationToken);
                written.Add(path);
            }
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            db.ProductImages.Add(image);
            await db.SaveChangesAsync(cancellationToken);
            await events.PublishAsync(new ProductChanged(productId, actor.MerchantId, "ImageAdded"), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-saved: renditions of a refused photo go with it.
            foreach (var path in written) System.IO.File.Delete(path);
            throw;
        }
        return View(image);
    }

    public async Task DeleteAsync(MerchantActor actor, Guid productId, Guid imageId, CancellationToken cancellationToken)
    {
        await RequireOwnAsync(actor, productId, cancellationToken);
        var image = await db.ProductImages.SingleOrDefaultAsync(i => i.Id == imageId && i.ProductId == productId, cancellationToken)
            ?? throw new NotFoundException("imageId", "The product has no such photo.");
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        db.ProductImages.Remove(image);
        foreach (var later in await db.ProductImages.Where(i => i.ProductId == productId && i.Position > image.Position).ToListAsync(cancellationToken)) later.Position--;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ProductChanged(productId, actor.MerchantId, "ImageDeleted"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var (name, _) in Sizes) System.IO.File.Delete(Path.Combine(Folder(productId), $"{imageId:N}-{name}.webp"));
    }

    /// <summary>Puts the product's photos in the given order; the first is the cover on cards and the product page.</summary>
    public async Task<IReadOnlyList<ImageView>> ReorderAsync(MerchantActor actor, Guid productId, IReadOnlyList<Guid>? order, CancellationToken cancellationToken)
    {
        await RequireOwnAsync(actor, productId, cancellationToken);
        var images = await db.ProductImages.Where(i => i.ProductId == productId).ToListAsync(cancellationToken);
        if (order is null || order.Count != images.Count || order.Distinct().Count() != order.Count || order.Any(id => images.All(i => i.Id != id)))
        {
            throw new ValidationFailedException("imageIds", $"List each of the product's {images.Count} photos exactly once, in the new order.");
        }
        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        for (var position = 0; position < order.Count; position++) images.Single(i => i.Id == order[position]).Position = position;
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new ProductChanged(productId, actor.MerchantId, "ImagesReordered"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return images.OrderBy(i => i.Position).Select(View).ToList();
    }

    /// <summary>Moves one photo a place earlier (to the cover, when <paramref name="toFront"/>).</summary>
    public async Task MoveEarlierAsync(MerchantActor actor, Guid productId, Guid imageId, bool toFront, CancellationToken cancellationToken)
    {
        var order = (await ForProductAsync(productId, cancellationToken)).Select(i => i.Id).ToList();
        var at = order.IndexOf(imageId);
        if (at < 0) throw new NotFoundException("imageId", "The product has no such photo.");
        order.RemoveAt(at);
        order.Insert(toFront ? 0 : Math.Max(0, at - 1), imageId);
        await ReorderAsync(actor, productId, order, cancellationToken);
    }

    /// <summary>A rendition's file, when the name is one this module wrote; anything else is not found.</summary>
    public string? File(Guid productId, string fileName)
    {
        if (!Sizes.Any(s => fileName.Length == 32 + 1 + s.Name.Length + 5 && fileName.EndsWith($"-{s.Name}.webp", StringComparison.Ordinal))
            || !Guid.TryParseExact(fileName[..32], "N", out _))
        {
            return null;
        }
        var path = Path.Combine(Folder(productId), fileName);
        return System.IO.File.Exists(path) ? path : null;
    }

    private static MagickImage Decode(byte[] bytes)
    {
        try
        {
            return new MagickImage(bytes);
        }
        catch (MagickException e)
        {
            throw new ValidationFailedException("file", $"The photo could not be read ({e.Message.Split('`')[0].Trim()}); at most {MaxSide}×{MaxSide} pixels.");
        }
    }

    private async Task RequireOwnAsync(MerchantActor actor, Guid productId, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId && p.MerchantId == actor.MerchantId, cancellationToken))
        {
            throw new NotFoundException("id", "There is no such product among your merchant's.");
        }
    }

    private string Folder(Guid productId) => Path.Combine(tenant.FilesPath, "Catalog", "Products", productId.ToString("N"));

    /// <summary>Links are tenant-relative (<c>/media/products/…</c>); pages put the tenant's base in front with <c>url</c>.</summary>
    private static ImageView View(ProductImage image)
    {
        string Url(string size) => $"/media/products/{image.ProductId}/{image.Id:N}-{size}.webp";
        return new ImageView(image.Id, image.Position, Url("small"), Url("medium"), Url("large"), image.Width, image.Height);
    }
}
