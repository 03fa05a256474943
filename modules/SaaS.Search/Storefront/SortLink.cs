namespace SaaS.Search.Storefront;

public sealed record SortLink(string Value, string Label, string Query, bool Selected);
