using Microsoft.AspNetCore.Http;

namespace SaaS.Themes;

/// <summary>
/// Renders a storefront view of the current tenant's theme inside the theme's layout. A template error shows
/// as an error block in the page, never as a 500.
/// </summary>
public interface IStorefrontRenderer
{
    /// <param name="view">View name without extension, e.g. <c>Home</c>; looked up in the tenant's overrides,
    /// its theme, the theme's base themes, then the modules' default views.</param>
    /// <param name="model">Exposed to the template as <c>model</c>; its type must be registered with
    /// <see cref="ThemeServiceCollectionExtensions.AddLiquidModel{T}"/>.</param>
    Task<IResult> RenderAsync(string view, object? model, string? title = null, int statusCode = StatusCodes.Status200OK);

    /// <summary>
    /// Renders <paramref name="view"/> inside <paramref name="frame"/> (a view that shows <c>{{ content }}</c> within
    /// shared chrome, such as the merchant center's navigation), inside the layout. Both views see <c>model</c> and
    /// <c>frame</c>, so a page's forms can use the frame's antiforgery token.
    /// </summary>
    Task<IResult> RenderFramedAsync(string frame, object frameModel, string view, object? model, string? title = null, int statusCode = StatusCodes.Status200OK);

    /// <summary>
    /// Renders each block's view (seeing its model as <c>block</c>; a broken one becomes an error block in its place),
    /// then <paramref name="view"/>, which places them with <c>{% for section in sections %}{{ section }}{% endfor %}</c>.
    /// </summary>
    Task<IResult> RenderComposedAsync(string view, object? model, IReadOnlyList<SaaS.Blocks.ComposedBlock> blocks, string? title = null, int statusCode = StatusCodes.Status200OK);
}
