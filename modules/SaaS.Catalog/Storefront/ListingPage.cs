namespace SaaS.Catalog.Storefront;

public sealed record ListingPage(IReadOnlyList<ListingItem> Items, int Total, int Page, int Pages);
