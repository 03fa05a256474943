namespace SaaS.Catalog.Pricing;

/// <param name="Companies">The buyer companies' unified social credit codes.</param>
public sealed record PriceListRequest(string? Name, decimal? DiscountPercent, IReadOnlyList<string>? Companies);
