namespace SaaS.Merchants;

/// <summary>
/// An entry of the merchant center's navigation (products, orders, statements …), shown to members holding
/// <paramref name="Permission"/> (every member when null) while <paramref name="FeatureId"/> is on.
/// </summary>
public sealed record MerchantCenterSection(string Title, string Path, MerchantPermission? Permission, int Order, string? FeatureId = null);
