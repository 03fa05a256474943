namespace SaaS.Merchants;

/// <summary>A merchant as a product page shows it, linking to <c>/shops/{Id}</c>.</summary>
public sealed record MerchantCard(Guid Id, string Name, string District, bool Active);
