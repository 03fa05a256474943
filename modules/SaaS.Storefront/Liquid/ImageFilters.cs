using System.Net;
using Fluid;
using Fluid.Values;
using SaaS.Themes;

namespace SaaS.Storefront.Liquid;

/// <summary>
/// <c>{{ url | image_tag: alt, width, height }}</c>: an <c>img</c> that loads lazily and reserves its space, with
/// every attribute encoded. Catalog pages lean on it for product images.
/// </summary>
public sealed class ImageFilters : ILiquidFilters
{
    public void Register(FilterCollection filters) => filters.AddFilter("image_tag", (input, arguments, _) =>
    {
        var source = input.ToStringValue();
        if (string.IsNullOrWhiteSpace(source)) return StringValue.Empty;
        var size = arguments.Count >= 3 && arguments.At(1).ToNumberValue() > 0 && arguments.At(2).ToNumberValue() > 0
            ? $" width=\"{(int)arguments.At(1).ToNumberValue()}\" height=\"{(int)arguments.At(2).ToNumberValue()}\""
            : "";
        var html = $"<img src=\"{WebUtility.HtmlEncode(source)}\" alt=\"{WebUtility.HtmlEncode(arguments.At(0).ToStringValue())}\" loading=\"lazy\" decoding=\"async\"{size}>";
        return new ValueTask<FluidValue>(new StringValue(html, encode: false));
    });
}
