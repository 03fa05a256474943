using System.Globalization;

namespace SaaS.Themes;

/// <summary>
/// WCAG 2 contrast between <c>#rrggbb</c> colours. A marketplace picks its own accent colour, so the text a theme
/// draws on the accent, or in it, is derived from that choice instead of fixed: whatever is picked stays readable.
/// </summary>
public static class ColourContrast
{
    /// <summary>AA for body text.</summary>
    public const double TextMinimum = 4.5;

    private const string Black = "#111111";
    private const string White = "#ffffff";

    /// <summary>From 1 (the same colour) to 21 (black on white).</summary>
    public static double Ratio(string first, string second)
    {
        var (lighter, darker) = (Luminance(Parse(first)), Luminance(Parse(second)));
        if (darker > lighter) (lighter, darker) = (darker, lighter);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>Near-black or white, whichever reads better on <paramref name="background"/>.</summary>
    public static string TextOn(string background) =>
        Ratio(Black, background) >= Ratio(White, background) ? Black : White;

    /// <summary>
    /// <paramref name="colour"/> itself when it reads as text on <paramref name="background"/>, else the first shade
    /// of it, towards black on a light background and towards white on a dark one, that does.
    /// </summary>
    public static string ReadableOn(string colour, string background)
    {
        var target = Parse(TextOn(background));
        var start = Parse(colour);
        for (var step = 0; step <= 20; step++)
        {
            var shade = Format(Mix(start, target, step / 20.0));
            if (Ratio(shade, background) >= TextMinimum) return shade;
        }
        return Format(target);
    }

    public static bool IsColour(string text) =>
        text.Length == 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit);

    private static (double R, double G, double B) Parse(string colour)
    {
        if (!IsColour(colour)) throw new FormatException($"'{colour}' is not a colour like #0f766e.");
        var value = int.Parse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }

    private static string Format((double R, double G, double B) colour) =>
        $"#{(int)Math.Round(colour.R):x2}{(int)Math.Round(colour.G):x2}{(int)Math.Round(colour.B):x2}";

    private static (double R, double G, double B) Mix((double R, double G, double B) from, (double R, double G, double B) to, double share) =>
        (from.R + (to.R - from.R) * share, from.G + (to.G - from.G) * share, from.B + (to.B - from.B) * share);

    private static double Luminance((double R, double G, double B) colour) =>
        0.2126 * Linear(colour.R) + 0.7152 * Linear(colour.G) + 0.0722 * Linear(colour.B);

    private static double Linear(double channel)
    {
        var c = channel / 255;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
