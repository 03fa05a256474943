using Microsoft.AspNetCore.Http;

namespace SaaS.Merchants;

/// <summary>
/// Renders a module's page inside the merchant center: the member's navigation around it, a 403 page that says
/// why when the member lacks <c>permission</c>. The page's view sees <c>frame.antiforgery_field</c> and
/// <c>frame.antiforgery_token</c> for its forms, and <c>frame.message</c>: <paramref name="message"/>, or the
/// <c>message</c> query parameter a redirect left.
/// </summary>
public interface IMerchantCenter
{
    Task<IResult> RenderAsync(HttpContext http, string view, string title, MerchantPermission? permission,
        Func<MerchantActor, Task<object>> model, int statusCode = StatusCodes.Status200OK, string? message = null);
}
