namespace SaaS.Catalog.Images;

/// <param name="ImageIds">Every photo of the product, once each, cover first.</param>
public sealed record ImageOrderRequest(IReadOnlyList<Guid>? ImageIds);
