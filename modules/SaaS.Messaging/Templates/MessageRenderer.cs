using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;

namespace SaaS.Messaging.Templates;

/// <summary>
/// Renders message templates. Payloads reach Liquid as plain dictionaries and lists (nothing else is readable, so a
/// template cannot reach into the application), loops are bounded, and HTML is encoded by default in e-mail bodies.
/// Parsed templates are cached by their source, which every tenant using the same text shares.
/// </summary>
public sealed class MessageRenderer
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private const string CurrencyKey = "messaging.currency";

    private readonly ConcurrentDictionary<string, IFluidTemplate> parsed = new(StringComparer.Ordinal);
    private readonly TemplateOptions options = new() { MaxSteps = 20_000, MaxRecursion = 10 };

    public MessageRenderer()
    {
        options.Filters.AddFilter("money", (input, arguments, context) =>
        {
            var currency = arguments.At(0).IsNil() ? (string)context.AmbientValues[CurrencyKey] : arguments.At(0).ToStringValue();
            return new StringValue(SaaS.Themes.MoneyText.Format(input.ToNumberValue(), currency, context.CultureInfo.Name));
        });
    }

    /// <summary>The parse error of <paramref name="source"/> with its position, or null when it parses.</summary>
    public static string? ParseError(string? source) =>
        string.IsNullOrEmpty(source) || Parser.TryParse(source, out _, out var error) ? null : error;

    /// <exception cref="TemplateRenderException">The template does not parse, or fails while rendering (a runaway loop).</exception>
    public RenderedMessage Render(TemplateSource template, string payloadJson, string locale, string currency, bool html)
    {
        var payload = Values(JsonDocument.Parse(payloadJson).RootElement) as Dictionary<string, object?> ?? [];
        return new RenderedMessage(
            template.Subject is null ? null : Render(template.Subject, payload, locale, currency, NullEncoder.Default).Trim(),
            Render(template.Body, payload, locale, currency, html ? Html : NullEncoder.Default).Trim(),
            template.Text is null ? null : Render(template.Text, payload, locale, currency, NullEncoder.Default).Trim());
    }

    private string Render(string source, Dictionary<string, object?> payload, string locale, string currency, TextEncoder encoder)
    {
        var template = parsed.GetOrAdd(source, text => Parser.TryParse(text, out var result, out var error) ? result : throw new TemplateRenderException(error));
        var context = new TemplateContext(options) { CultureInfo = CultureInfo.GetCultureInfo(locale) };
        context.AmbientValues[CurrencyKey] = currency;
        foreach (var (key, value) in payload) context.SetValue(key, value);
        try
        {
            return template.Render(context, encoder);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or DivideByZeroException)
        {
            throw new TemplateRenderException(e.Message);
        }
    }

    private static object? Values(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Values(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Values).ToList(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

public sealed class TemplateRenderException(string message) : Exception(message);
