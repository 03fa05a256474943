namespace SaaS.Catalog.Products;

/// <summary>A product request that passed <see cref="ProductRules"/>, normalised.</summary>
public sealed record ValidProduct(
    string Title, string Brand, Guid CategoryId, string Description, string Unit, int MinOrderQuantity, int OrderMultiple,
    int LeadTimeDays, string Attributes, IReadOnlyList<ValidSku> Skus);
