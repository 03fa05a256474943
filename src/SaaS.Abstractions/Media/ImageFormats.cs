namespace SaaS.Media;

/// <summary>
/// What an uploaded image really is, from its first bytes, whatever name or content type the browser sent:
/// PNG, JPEG, GIF or WebP. SVG is never accepted from users, since it can carry scripts.
/// </summary>
public static class ImageFormats
{
    private static readonly (string Extension, byte[] Magic, int Offset)[] Signatures =
    [
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("jpg", [0xFF, 0xD8, 0xFF], 0),
        ("gif", "GIF8"u8.ToArray(), 0),
        ("webp", "WEBP"u8.ToArray(), 8),
    ];

    /// <summary>The file extension for the image's format, or null when it is none of those.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        foreach (var (extension, magic, offset) in Signatures)
        {
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic)) return extension;
        }
        return null;
    }
}
