using Microsoft.EntityFrameworkCore;
using SaaS.Blocks;
using SaaS.Merchants.Data;
using SaaS.Merchants.Merchants;
using SaaS.Merchants.Shops;

namespace SaaS.Merchants.Blocks;

/// <summary>Blocks that show merchants: a shop's verified licences, and the marketplace's merchant list.</summary>
public static class MerchantBlocks
{
    public static readonly BlockType Certifications = new("certifications", "Certifications and licences", "The shop's licences as the marketplace verified them, with their expiry dates.", BlockPlacement.Shop,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100, Default = "Certifications" },
        new("note", "Note", BlockFieldKind.MultilineText) { MaxLength = 500, Help = "E.g. ISO 9001 and other certificates you can send on request." },
    ]);

    public static readonly BlockType MerchantList = new("merchant-list", "Merchant list", "Approved merchants of the marketplace, linking to their shops.", BlockPlacement.Marketplace,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100 },
        new("count", "How many", BlockFieldKind.Number) { Min = 2, Max = 24, Default = "8" },
    ]);
}

/// <summary>A licence as a certifications block shows it: verified by the marketplace, number partly masked.</summary>
public sealed record CertificationView(string Name, string Number, DateOnly ExpiresOn, bool Valid);

public sealed class CertificationsData(MerchantsDbContext db, TimeProvider clock) : IBlockData
{
    public string BlockType => MerchantBlocks.Certifications.Name;

    public async Task<object?> LoadAsync(BlockRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var licences = await db.Licences.AsNoTracking().Where(l => l.MerchantId == request.MerchantId).ToListAsync(cancellationToken);
        return licences.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new CertificationView(l.Name, Mask(l.Number), l.ExpiresOn, l.ExpiresOn >= today)).ToList();
    }

    /// <summary>Enough of the number to recognise it; the full number stays with the marketplace.</summary>
    private static string Mask(string number) => number.Length <= 4 ? number : new string('•', number.Length - 4) + number[^4..];
}

public sealed class MerchantListData(MerchantsDbContext db) : IBlockData
{
    public string BlockType => MerchantBlocks.MerchantList.Name;

    public async Task<object?> LoadAsync(BlockRequest request, CancellationToken cancellationToken)
    {
        var count = request.Settings.GetValueOrDefault("count") is decimal n ? (int)n : 8;
        return (await db.Merchants.AsNoTracking().Where(m => m.Status == MerchantStatus.Active).OrderBy(m => m.Name).Take(count).ToListAsync(cancellationToken))
            .Select(ShopModel.From).ToList();
    }
}
