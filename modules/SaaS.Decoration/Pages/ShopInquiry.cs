namespace SaaS.Decoration.Pages;

/// <summary>A message or request for quotation a buyer sent from a contact block, to a shop or to the marketplace.</summary>
public sealed class ShopInquiry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The shop, or <see cref="DecoratedPage.Marketplace"/>.</summary>
    public Guid MerchantId { get; init; }

    public required string Name { get; init; }

    public required string Company { get; init; }

    public required string Contact { get; init; }

    public required string Message { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }
}
