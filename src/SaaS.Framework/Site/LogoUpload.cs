using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SaaS.Media;
using SaaS.Problems;
using SaaS.Tenancy;
using SaaS.Tenants;

namespace SaaS.Site;

/// <summary>
/// Stores a marketplace logo in the tenant's Media folder; <see cref="ImageFormats"/> decides what it is.
/// </summary>
public sealed class LogoUpload(SiteDbContext site, ITenant tenant, TenantCatalog tenants)
{
    public const long MaxBytes = 512 * 1024;

    public async Task SaveAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new ValidationFailedException("logo", "Choose an image file to upload.");
        if (file.Length > MaxBytes) throw new ValidationFailedException("logo", $"The logo may be at most {MaxBytes / 1024} KB; this one is {file.Length / 1024} KB.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var extension = ImageFormats.Detect(bytes)
            ?? throw new ValidationFailedException("logo", "The logo must be a PNG, JPEG, WebP or GIF image.");

        var folder = Path.Combine(tenant.FilesPath, "Media");
        Directory.CreateDirectory(folder);
        var name = $"logo-{Guid.CreateVersion7():N}.{extension}";
        await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, cancellationToken);
        var record = await site.Site.SingleAsync(s => s.Id == SiteRecord.SingletonId, cancellationToken);
        var previous = record.Logo;
        record.Logo = name;
        await site.SaveChangesAsync(cancellationToken);
        if (previous is not null) File.Delete(Path.Combine(folder, previous));
        await tenants.BumpVersionAsync(tenant.Name, cancellationToken);
    }
}
