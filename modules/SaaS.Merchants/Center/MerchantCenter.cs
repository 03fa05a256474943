using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SaaS.Merchants.Merchants;
using SaaS.Problems;
using SaaS.Tenants;
using SaaS.Themes;

namespace SaaS.Merchants.Center;

/// <summary>
/// Frames every merchant center page, whichever module owns it, with the sections the member may open (modules
/// contribute them with <c>AddMerchantCenterSection</c>); a member lacking the page's permission gets a 403 page
/// that says which permission.
/// </summary>
public sealed class MerchantCenter(
    IMerchantAccess access,
    IEnumerable<MerchantCenterSection> sections,
    ITenant tenant,
    IStorefrontRenderer renderer,
    IAntiforgery antiforgery,
    MerchantProfiles profiles) : IMerchantCenter
{
    public const string FrameView = "MerchantCenterFrame";

    public async Task<IResult> RenderAsync(HttpContext http, string view, string title, MerchantPermission? permission,
        Func<MerchantActor, Task<object>> model, int statusCode = StatusCodes.Status200OK, string? message = null)
    {
        MerchantActor actor;
        try
        {
            actor = await access.RequireAsync(http.User, permission, http.RequestAborted);
        }
        catch (ForbiddenException denied)
        {
            return await DeniedAsync(denied);
        }
        var visible = sections.Where(s => (s.FeatureId is null || tenant.EnabledFeatures.Contains(s.FeatureId)) && (s.Permission is null || actor.Has(s.Permission)))
            .OrderBy(s => s.Order).ToList();
        // The deepest section containing this page is the current one (Staff, not Overview, on /merchant/staff/…).
        var current = visible.Where(s => http.Request.Path.StartsWithSegments(s.Path)).MaxBy(s => s.Path.Length);
        var nav = visible.Select(s => new CenterNavItem(s.Title, http.Request.PathBase + s.Path, s == current)).ToList();
        var profile = await profiles.GetAsync(actor, http.RequestAborted);
        var tokens = antiforgery.GetAndStoreTokens(http);
        var frame = new CenterFrame(profile.Name, profile.Status == nameof(MerchantStatus.Suspended), nav, tokens.FormFieldName, tokens.RequestToken!,
            message ?? http.Request.Query["message"].FirstOrDefault());
        return await renderer.RenderFramedAsync(FrameView, frame, view, await model(actor), title, statusCode);
    }

    public Task<IResult> DeniedAsync(ForbiddenException denied) =>
        renderer.RenderAsync("MerchantDenied", new CenterDeniedModel(denied.Errors.SelectMany(e => e.Value).First()), "No access", StatusCodes.Status403Forbidden);
}
