using SaaS.Companies;

namespace SaaS.Catalog.Pricing;

public sealed record PriceListView(Guid Id, string Name, decimal DiscountPercent, IReadOnlyList<CompanyCard> Companies);
