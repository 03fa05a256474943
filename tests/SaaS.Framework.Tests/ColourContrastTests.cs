using SaaS.Themes;

namespace SaaS.Framework.Tests;

public sealed class ColourContrastTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#0f766e", "#ffffff", 5.47)]
    [InlineData("#f26b1d", "#ffffff", 3.05)]
    [InlineData("#111111", "#f26b1d", 6.20)]
    public void Ratios_match_the_wcag_formula(string text, string background, double expected) =>
        Assert.Equal(expected, ColourContrast.Ratio(text, background), precision: 2);

    [Theory]
    [InlineData("#f26b1d", "#111111")] // Industrial's safety orange: dark text on the search button
    [InlineData("#0f766e", "#ffffff")] // Clinical's teal
    [InlineData("#15803d", "#ffffff")] // Fresh's green
    [InlineData("#123456", "#ffffff")] // a dark accent a marketplace picked
    [InlineData("#fde047", "#111111")]
    public void Text_on_an_accent_is_whichever_of_black_and_white_reads_better(string accent, string expected)
    {
        Assert.Equal(expected, ColourContrast.TextOn(accent));
        Assert.True(ColourContrast.Ratio(expected, accent) >= ColourContrast.TextMinimum);
    }

    [Theory]
    [InlineData("#f26b1d", "#ffffff")]
    [InlineData("#fde047", "#ffffff")]
    [InlineData("#123456", "#1f2933")]
    public void An_accent_too_faint_for_text_is_shaded_until_it_reads(string accent, string background)
    {
        var shaded = ColourContrast.ReadableOn(accent, background);

        Assert.NotEqual(accent, shaded);
        Assert.InRange(ColourContrast.Ratio(shaded, background), ColourContrast.TextMinimum, 8.0);
    }

    [Fact]
    public void An_accent_that_already_reads_is_kept() =>
        Assert.Equal("#0f766e", ColourContrast.ReadableOn("#0f766e", "#ffffff"));

    [Theory]
    [InlineData("#0f766e", true)]
    [InlineData("#0F766E", true)]
    [InlineData("# 12345", false)]
    [InlineData("red", false)]
    [InlineData("#12345g", false)]
    public void Only_rrggbb_is_a_colour(string text, bool expected) => Assert.Equal(expected, ColourContrast.IsColour(text));
}
