using System.Security.Claims;
using SaaS.Companies;
using SaaS.Problems;

namespace SaaS.Orders;

public static class Buyers
{
    /// <summary>The caller as a member of their company; someone acting for no company has no cart and no orders (404).</summary>
    public static async Task<CompanyBuyer> RequireBuyerAsync(this ICompanyDirectory companies, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await companies.BuyerAsync(user, cancellationToken)
        ?? throw new NotFoundException("company", "You do not act for a buyer company of this marketplace.");
}
