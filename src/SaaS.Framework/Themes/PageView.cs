namespace SaaS.Themes;

/// <summary>What templates see as <c>page</c>: the request as far as a storefront template needs it.</summary>
public sealed record PageView(string Title, string BaseUrl, string Path, bool SignedIn, string? UserEmail);
