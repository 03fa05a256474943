namespace SaaS.Catalog.Storefront;

/// <summary>The product page's "Add to cart" forms, while a module offers them (<see cref="AddToCartForm"/>): where they post and their token.</summary>
public sealed record AddToCartView(string Action, string AntiforgeryField, string AntiforgeryToken);
