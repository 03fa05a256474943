using Microsoft.AspNetCore.Http;

namespace SaaS.Admin;

/// <summary>
/// Renders a page of the tenant admin in its layout and menu. Modules ship their admin views as embedded
/// <c>Admin/Views/*.liquid</c> (registered with <c>AddModuleViews</c>); their models with <c>AddLiquidModel</c>.
/// Templates get <c>antiforgery_field</c> and <c>antiforgery_token</c> for their forms.
/// </summary>
public interface IAdminRenderer
{
    Task<IResult> RenderAsync(HttpContext http, string view, object? model, string title, int statusCode = StatusCodes.Status200OK);
}
