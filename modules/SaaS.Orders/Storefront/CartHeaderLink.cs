using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Orders.Data;
using SaaS.Themes;

namespace SaaS.Orders.Storefront;

/// <summary>The header's cart link with the number of lines the visitor's company would check out.</summary>
public sealed class CartHeaderLink(OrdersDbContext db, ICompanyDirectory companies) : IHeaderLinkSource
{
    public string FeatureId => Manifest.OrdersFeature;

    public async Task<HeaderLink?> LinkAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var company = user.Identity?.IsAuthenticated == true ? await companies.ForUserAsync(user, cancellationToken) : null;
        var lines = company is null ? 0 : await db.CartLines.CountAsync(l => l.CompanyId == company.Id && !l.SavedForLater, cancellationToken);
        return new HeaderLink("Cart", "/cart", lines);
    }
}
