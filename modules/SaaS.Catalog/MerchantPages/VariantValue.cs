namespace SaaS.Catalog.MerchantPages;

public sealed record VariantValue(string Code, string Value);
