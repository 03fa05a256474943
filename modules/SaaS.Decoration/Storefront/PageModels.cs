using SaaS.Blocks;
using SaaS.Decoration.Pages;
using SaaS.Merchants;

namespace SaaS.Decoration.Storefront;

/// <summary>A marketplace page around its blocks.</summary>
public sealed record MarketplacePageModel(string Title, bool Preview = false);

/// <summary>A shop's page other than its home: the shop's header and menu around the page's blocks.</summary>
public sealed record ShopPageModel(MerchantCard Merchant, ShopLook Look, string Title, bool Preview);

public sealed class ShopPageModels(IMerchantDirectory merchants, ComposedPages pages)
{
    public async Task<ShopPageModel?> FindAsync(Guid merchantId, string page, string title, bool preview, CancellationToken cancellationToken)
    {
        if (!(await merchants.FindAsync([merchantId], cancellationToken)).TryGetValue(merchantId, out var card)) return null;
        return new ShopPageModel(card, await pages.ShopLookAsync(merchantId, page, cancellationToken), title, preview);
    }

    public async Task<ShopPageModel> BuildAsync(Guid merchantId, string page, string title, bool preview, CancellationToken cancellationToken) =>
        await FindAsync(merchantId, page, title, preview, cancellationToken) ?? throw new SaaS.Problems.NotFoundException("merchant", "There is no such shop.");
}
