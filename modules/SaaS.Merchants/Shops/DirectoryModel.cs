namespace SaaS.Merchants.Shops;

public sealed record DirectoryModel(IReadOnlyList<ShopModel> Shops, string? Category, IReadOnlyList<string> Categories);
