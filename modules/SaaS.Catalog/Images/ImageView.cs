namespace SaaS.Catalog.Images;

/// <summary>An image's renditions by size; <c>small</c> for thumbnails, <c>medium</c> for cards, <c>large</c> for the gallery.</summary>
public sealed record ImageView(Guid Id, int Position, string Small, string Medium, string Large, int Width, int Height);
