using SaaS.Merchants.Merchants;

namespace SaaS.Merchants.Shops;

/// <summary>A merchant's shop front: what a buyer sees before contacting or ordering.</summary>
public sealed record ShopModel(Guid Id, string Name, IReadOnlyList<string> Categories, string Description, string City, bool Open)
{
    /// <summary>The shop's logo, banner, colour and menu, when shop decoration is on.</summary>
    public SaaS.Blocks.ShopLook? Look { get; init; }

    /// <summary>Whether a decorated home page is published: its blocks replace the plain description.</summary>
    public bool Decorated { get; init; }

    /// <summary>For the contact block's form, which posts to the merchant it is shown for.</summary>
    public ShopModel Merchant => this;

    public static ShopModel From(Merchant m) => new(m.Id, m.Name, MerchantListing.From(m).Categories, m.Description, District(m.Address), m.Status == MerchantStatus.Active);

    /// <summary>Province, city and district are enough for a buyer judging delivery; the street stays private.</summary>
    public static string District(string address)
    {
        var end = address.IndexOfAny(['区', '县']);
        if (end < 0) end = address.IndexOf('市');
        return end < 0 ? "" : address[..(end + 1)];
    }
}
