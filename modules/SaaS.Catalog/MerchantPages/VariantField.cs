namespace SaaS.Catalog.MerchantPages;

/// <summary>A variant attribute and the values the merchant sells it in, comma separated (M6×20, M8×30).</summary>
public sealed record VariantField(string Code, string Name, IReadOnlyList<string> Options, string Values);
