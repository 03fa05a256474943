using Microsoft.AspNetCore.Http;
using SaaS.Media;
using SaaS.Problems;
using SaaS.Tenants;

namespace SaaS.Decoration.Pages;

/// <summary>
/// Pictures a merchant uploads for banners, logos and blocks, kept in the tenant's Media folder (served at
/// <c>/media/{file}</c>) under names that carry the merchant, so each merchant lists and deletes only their own.
/// </summary>
public sealed class ShopImages(ITenant tenant)
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const int MaxImages = 60;

    public async Task<string> UploadAsync(Guid owner, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) throw new ValidationFailedException("file", "Choose a PNG, JPEG, WebP or GIF image to upload.");
        if (file.Length > MaxBytes) throw new ValidationFailedException("file", $"An image may be at most {MaxBytes / 1024 / 1024} MB; this one is {file.Length / 1024.0 / 1024:0.0} MB.");
        if (List(owner).Count >= MaxImages) throw new ConflictException("file", $"A shop keeps at most {MaxImages} images; delete some first.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var extension = ImageFormats.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))
            ?? throw new ValidationFailedException("file", "The image must be a PNG, JPEG, WebP or GIF file.");
        Directory.CreateDirectory(Folder);
        var name = $"{Prefix(owner)}{Guid.CreateVersion7():N}.{extension}";
        await File.WriteAllBytesAsync(Path.Combine(Folder, name), buffer.ToArray(), cancellationToken);
        return "/media/" + name;
    }

    /// <summary>The owner's images as addresses to paste into image settings, newest first.</summary>
    public IReadOnlyList<string> List(Guid owner) =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, Prefix(owner) + "*").Select(Path.GetFileName).OrderDescending(StringComparer.Ordinal).Select(n => "/media/" + n).ToList()
            : [];

    public void Delete(Guid owner, string url)
    {
        var name = Path.GetFileName(url);
        if (!name.StartsWith(Prefix(owner), StringComparison.Ordinal) || !File.Exists(Path.Combine(Folder, name))) throw new NotFoundException("url", "The shop has no such image.");
        File.Delete(Path.Combine(Folder, name));
    }

    private string Folder => Path.Combine(tenant.FilesPath, "Media");

    private static string Prefix(Guid owner) => $"shop-{owner:N}-";
}
