using Microsoft.AspNetCore.Http;
using SaaS.Companies;

namespace SaaS.Orders.Storefront;

/// <summary>One render of a buyer order page: the request, the company member asking, the forms' plumbing and the refused post to show again.</summary>
public sealed record BuyerPage(HttpContext Http, CompanyBuyer Buyer, PageForm Form, Refusal? Refusal)
{
    public System.Security.Claims.ClaimsPrincipal User => Http.User;

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The refusal when it came from <paramref name="form"/>, else null.</summary>
    public Refusal? RefusalOf(string form) => Refusal?.Form == form ? Refusal : null;
}
