using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.EntityFrameworkCore;
using SaaS.Media;
using SaaS.Orders.Data;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Orders.AfterSales;

/// <summary>
/// Evidence photos, kept in the tenant's private AfterSales folder rather than the public media folder: they show
/// a company's goods and premises, so only the order's company and merchant read them, through guarded endpoints.
/// </summary>
public sealed class AfterSalesPhotos(OrdersDbContext db, ITenant tenant, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxPerOrder = 30;
    public const int MaxPerRequest = 9;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task<AfterSalesPhoto> SaveAsync(Guid orderId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new ValidationFailedException("file", "Choose a photo (PNG, JPEG, WebP or GIF) to upload.");
        if (file.Length > MaxBytes) throw new ValidationFailedException("file", $"A photo may be at most {MaxBytes / 1024 / 1024} MB; this one is {file.Length / 1024.0 / 1024:0.0} MB.");
        if (await db.AfterSalesPhotos.CountAsync(p => p.OrderId == orderId, cancellationToken) >= MaxPerOrder)
        {
            throw new ConflictException("file", $"An order keeps at most {MaxPerOrder} after-sales photos.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var extension = ImageFormats.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))
            ?? throw new ValidationFailedException("file", "The photo must be a PNG, JPEG, WebP or GIF file.");
        var photo = new AfterSalesPhoto { OrderId = orderId, FileName = $"{Guid.CreateVersion7():N}.{extension}", UploadedUtc = clock.GetUtcNow() };
        Directory.CreateDirectory(Folder(orderId));
        await File.WriteAllBytesAsync(Path.Combine(Folder(orderId), photo.FileName), buffer.ToArray(), cancellationToken);
        db.AfterSalesPhotos.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        return photo;
    }

    /// <summary>The photo's file when it belongs to <paramref name="orderId"/>, which the caller has already proven is theirs.</summary>
    public async Task<IResult> ReadAsync(Guid orderId, Guid photoId, CancellationToken cancellationToken)
    {
        var photo = await db.AfterSalesPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.Id == photoId && p.OrderId == orderId, cancellationToken)
            ?? throw new NotFoundException("photoId", "The order has no such photo.");
        var path = Path.Combine(Folder(orderId), photo.FileName);
        if (!File.Exists(path)) throw new NotFoundException("photoId", "The photo's file is gone.");
        return Results.File(path, ContentTypes.TryGetContentType(photo.FileName, out var type) ? type : "application/octet-stream");
    }

    private string Folder(Guid orderId) => Path.Combine(tenant.FilesPath, "AfterSales", orderId.ToString("N"));
}
