using System.Text.Json;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Channels;
using SaaS.Messaging.Templates;

namespace SaaS.Framework.Tests.Messaging;

public sealed class MessageTemplateTests
{
    private static readonly MessageRenderer Renderer = new();
    private static readonly DefaultTemplates Defaults = new();

    [Fact]
    public void Every_catalog_event_has_default_templates_that_render_its_sample_in_both_languages()
    {
        foreach (var messageEvent in MessageEventCatalog.All)
        {
            var sample = JsonSerializer.Serialize(messageEvent.Sample);
            foreach (var channel in messageEvent.Channels)
            {
                foreach (var locale in ChannelNames.Locales)
                {
                    var rendered = Renderer.Render(Defaults.For(messageEvent.Name, channel, locale), sample, locale, "CNY", html: channel == ChannelNames.Email);
                    Assert.False(string.IsNullOrWhiteSpace(rendered.Body), $"{messageEvent.Name} {channel} {locale}");
                    Assert.DoesNotContain("{{", rendered.Body);
                    if (channel == ChannelNames.Sms) Assert.True(SmsSegments.Count(rendered.Body) <= SmsSegments.Limit, $"{messageEvent.Name} {locale}: {rendered.Body}");
                    else Assert.False(string.IsNullOrWhiteSpace(rendered.Subject), $"{messageEvent.Name} {channel} {locale}");
                }
            }
        }
    }

    [Fact]
    public void Payload_values_render_by_path_with_money_in_the_marketplace_currency_and_html_encoded_in_email_bodies()
    {
        var payload = """{"order":{"number":"8D4B1A07","total":1280.5},"company":{"name":"<b>Acme</b> & Sons"}}""";
        var template = new TemplateSource("Order {{ order.number }} from {{ company.name }}", "<p>{{ company.name }}: {{ order.total | money }}</p>", "{{ company.name }}");

        var rendered = Renderer.Render(template, payload, "zh-CN", "CNY", html: true);

        Assert.Equal("Order 8D4B1A07 from <b>Acme</b> & Sons", rendered.Subject);
        Assert.Equal("<p>&lt;b&gt;Acme&lt;/b&gt; &amp; Sons: ¥1,280.50</p>", rendered.Body);
        Assert.Equal("<b>Acme</b> & Sons", rendered.Text);
    }

    [Fact]
    public void A_runaway_template_fails_to_render_with_a_reason_instead_of_hanging()
    {
        var runaway = new TemplateSource(null, "{% for i in (1..1000) %}{% for j in (1..1000) %}{{ j }}{% endfor %}{% endfor %}", null);

        var failure = Assert.Throws<TemplateRenderException>(() => Renderer.Render(runaway, "{}", "en", "CNY", html: false));

        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
    }

    [Fact]
    public void Parse_errors_carry_their_position()
    {
        Assert.Null(MessageRenderer.ParseError("Hello {{ name }}"));
        Assert.Matches(@"\(\d+:\d+\)", MessageRenderer.ParseError("{% for x in %}"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Your order has shipped.", 1)]
    [InlineData("您的订单已发货", 1)]
    public void Sms_parts_follow_the_alphabet(string text, int parts) => Assert.Equal(parts, SmsSegments.Count(text));

    [Fact]
    public void Long_sms_split_into_153_or_67_character_parts()
    {
        Assert.Equal(1, SmsSegments.Count(new string('a', 160)));
        Assert.Equal(2, SmsSegments.Count(new string('a', 161)));
        Assert.Equal(1, SmsSegments.Count(new string('货', 70)));
        Assert.Equal(2, SmsSegments.Count(new string('货', 71)));
        Assert.Equal(3, SmsSegments.Count(new string('货', 135)));
        // The euro sign takes two GSM places.
        Assert.Equal(2, SmsSegments.Count(new string('a', 159) + "€"));
    }

    [Fact]
    public void Webhook_signatures_are_hmac_sha256_of_timestamp_and_body()
    {
        var signature = WebhookChannel.Signature("whsec_test", 1700000000, "{\"a\":1}");
        var expected = "v1=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("whsec_test"u8.ToArray(), "1700000000.{\"a\":1}"u8.ToArray()));
        Assert.Equal(expected, signature);
        Assert.NotEqual(signature, WebhookChannel.Signature("whsec_other", 1700000000, "{\"a\":1}"));
    }
}
