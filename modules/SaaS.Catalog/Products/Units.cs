namespace SaaS.Catalog.Products;

/// <summary>The units of measure B2B buyers order in.</summary>
public static class Units
{
    public static readonly IReadOnlyList<string> All =
        ["piece", "pair", "set", "box", "pack", "bag", "roll", "sheet", "bottle", "drum", "carton", "kg", "g", "ton", "metre", "litre"];
}
