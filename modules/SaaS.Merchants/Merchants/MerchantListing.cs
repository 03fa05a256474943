namespace SaaS.Merchants.Merchants;

/// <summary>A merchant as the public directory shows it: no credit code, no owner.</summary>
public sealed record MerchantListing(Guid Id, string Name, IReadOnlyList<string> Categories)
{
    public static MerchantListing From(Merchant m) =>
        new(m.Id, m.Name, m.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
