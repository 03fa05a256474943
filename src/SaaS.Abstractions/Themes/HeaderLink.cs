namespace SaaS.Themes;

/// <summary>A link of the storefront header beside the account link, as the layout reads it in <c>page.header_links</c>.</summary>
/// <param name="Title">Translated by the layout (<c>| t</c>).</param>
/// <param name="Count">A figure for the visitor (the cart's lines); 0 shows none.</param>
public sealed record HeaderLink(string Title, string Path, int Count);
