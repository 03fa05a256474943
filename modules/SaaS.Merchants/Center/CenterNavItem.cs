namespace SaaS.Merchants.Center;

public sealed record CenterNavItem(string Title, string Href, bool Current);
