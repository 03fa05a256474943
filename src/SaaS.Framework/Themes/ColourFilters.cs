using Fluid;
using Fluid.Values;

namespace SaaS.Themes;

/// <summary>
/// <c>{{ theme.accentColor | contrast_text }}</c> (near-black or white, for text on the accent) and
/// <c>{{ theme.accentColor | readable_on: '#ffffff' }}</c> (the accent, shaded until it reads as text there).
/// Anything that is not a <c>#rrggbb</c> colour passes through unchanged: a filter must not break a page.
/// </summary>
public sealed class ColourFilters : ILiquidFilters
{
    public void Register(FilterCollection filters)
    {
        filters.AddFilter("contrast_text", (input, _, _) =>
        {
            var colour = input.ToStringValue();
            return new StringValue(ColourContrast.IsColour(colour) ? ColourContrast.TextOn(colour) : colour);
        });
        filters.AddFilter("readable_on", (input, arguments, _) =>
        {
            var (colour, background) = (input.ToStringValue(), arguments.At(0).ToStringValue());
            return new StringValue(ColourContrast.IsColour(colour) && ColourContrast.IsColour(background) ? ColourContrast.ReadableOn(colour, background) : colour);
        });
    }
}
