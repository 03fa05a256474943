using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Shops;

/// <summary>A merchant's shop front: what a buyer sees before contacting or ordering.</summary>
public sealed record ShopModel(Guid Id, string Name, IReadOnlyList<string> Categories, string Description, string City, bool Open)
{
    public static ShopModel From(Merchant m) => new(m.Id, m.Name, MerchantListing.From(m).Categories, m.Description, District(m.Address), m.Status == MerchantStatus.Active);

    /// <summary>Province, city and district are enough for a buyer judging delivery; the street stays private.</summary>
    public static string District(string address)
    {
        var end = address.IndexOfAny(['区', '县']);
        if (end < 0) end = address.IndexOf('市');
        return end < 0 ? "" : address[..(end + 1)];
    }
}
