namespace SaaS.Catalog.MerchantPages;

public sealed record CategoryOption(Guid Id, string Label, bool Selected);
