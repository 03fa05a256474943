namespace SaaS.Catalog.AdminPages;

/// <summary>A category in the admin's indented tree.</summary>
public sealed record CategoryRow(Guid Id, string Slug, string Name, int Depth, bool Selected, bool VerifiedBuyersOnly)
{
    public string Indent => new('　', Depth);
}
