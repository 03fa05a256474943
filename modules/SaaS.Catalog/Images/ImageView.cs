namespace SaaS.Catalog.Images;

/// <summary>An image's renditions by size; <c>small</c> for thumbnails, <c>medium</c> for cards, <c>large</c> for the gallery.</summary>
public sealed record ImageView(Guid Id, int Position, string Small, string Medium, string Large, int Width, int Height)
{
    /// <summary>Renditions never enlarge: their widths, for <c>srcset</c>.</summary>
    public int MediumWidth => Fit(480);

    public int LargeWidth => Fit(1200);

    private int Fit(int side) => Math.Max(Width, Height) <= side ? Width : (int)Math.Round((double)Width * side / Math.Max(Width, Height));
}
