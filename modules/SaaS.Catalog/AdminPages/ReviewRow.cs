using SaaS.Catalog.Products;

namespace SaaS.Catalog.AdminPages;

public sealed record ReviewRow(ProductView Product, string Merchant);
