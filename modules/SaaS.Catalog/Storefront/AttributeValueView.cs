namespace SaaS.Catalog.Storefront;

public sealed record AttributeValueView(string Name, string Value);
