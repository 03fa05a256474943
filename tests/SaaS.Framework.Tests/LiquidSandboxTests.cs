using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using SaaS.Themes;

namespace SaaS.Framework.Tests;

public sealed class LiquidSandboxTests
{
    private readonly LiquidOptions options = new([new LiquidModel(typeof(Product))], new ThemeAssets(new ThemeCatalog("/nonexistent")), [], new ThemeCatalog("/nonexistent"));

    [Fact]
    public async Task Only_registered_models_are_readable()
    {
        var context = new TemplateContext(options.Options);
        context.SetValue("product", new Product("六角螺栓 M8", 12.5m));
        context.SetValue("secret", new Credentials("hunter2"));

        var output = await Render("{{ product.title }}|{{ product.unit_price }}|{{ secret.password }}|", context);

        Assert.Equal("六角螺栓 M8|12.5||", output);
    }

    [Fact]
    public async Task Output_is_html_encoded_but_chinese_stays_readable()
    {
        var context = new TemplateContext(options.Options);
        context.SetValue("product", new Product("<b>螺栓</b> & 螺母", 1m));
        Assert.Equal("&lt;b&gt;螺栓&lt;/b&gt; &amp; 螺母", await Render("{{ product.title }}", context));
    }

    [Theory]
    [InlineData(1234567.891, "CNY", "zh-CN", "¥1,234,567.89")]
    [InlineData(12.5, "USD", "en", "$12.50")]
    [InlineData(0, "CHF", "en", "CHF 0.00")]
    public void Money_has_symbol_separators_and_two_decimals(decimal amount, string currency, string locale, string expected) =>
        Assert.Equal(expected, SaaS.Themes.MoneyText.Format(amount, currency, locale));

    [Fact]
    public void Parse_errors_carry_their_position()
    {
        var parsed = LiquidViews.Parse("test", "{% if %}");
        Assert.Null(parsed.Template);
        Assert.Matches(@"\(1:\d+\)", parsed.Error);
    }

    private static async Task<string> Render(string source, TemplateContext context)
    {
        var parsed = LiquidViews.Parse("test", source);
        Assert.Null(parsed.Error);
        return await parsed.Template!.RenderAsync(context, HtmlEncoder.Create(UnicodeRanges.All));
    }

    public sealed record Product(string Title, decimal UnitPrice);

    public sealed record Credentials(string Password);
}
