using SaaS.Blocks;

namespace SaaS.Decoration.Blocks;

/// <summary>The block types that need no other module's data: banners, text, images, video and the contact form.</summary>
public static class CoreBlocks
{
    public static readonly BlockType BannerCarousel = new("banner-carousel", "Banner carousel", "Wide banners that turn every few seconds, each with a title and a link.", BlockPlacement.Anywhere,
    [
        new("slides", "Slides", BlockFieldKind.Items)
        {
            Required = true, MaxItems = 6,
            ItemFields =
            [
                new("image", "Image", BlockFieldKind.Image) { Required = true, Help = "At least 1200 px wide; an https address or an uploaded image." },
                new("title", "Title", BlockFieldKind.Text) { MaxLength = 80 },
                new("subtitle", "Subtitle", BlockFieldKind.Text) { MaxLength = 160 },
                new("link", "Link", BlockFieldKind.Link),
            ],
        },
        new("interval", "Seconds per slide", BlockFieldKind.Number) { Min = 2, Max = 15, Default = "5" },
    ]);

    public static readonly BlockType RichText = new("rich-text", "Rich text", "Headings, paragraphs, lists and links; scripts and styles are removed.", BlockPlacement.Anywhere,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100 },
        new("html", "Text", BlockFieldKind.RichText) { Required = true, MaxLength = 20000 },
    ]);

    public static readonly BlockType ImageText = new("image-text", "Image with text", "A picture beside a short text and an optional link.", BlockPlacement.Anywhere,
    [
        new("image", "Image", BlockFieldKind.Image) { Required = true },
        new("alt", "Image description", BlockFieldKind.Text) { MaxLength = 150, Help = "Read aloud to buyers who cannot see the image." },
        new("title", "Title", BlockFieldKind.Text) { Required = true, MaxLength = 100 },
        new("text", "Text", BlockFieldKind.MultilineText) { MaxLength = 2000 },
        new("link", "Link", BlockFieldKind.Link),
        new("linkText", "Link text", BlockFieldKind.Text) { MaxLength = 40 },
        new("imageSide", "Image side", BlockFieldKind.Choice) { Options = ["left", "right"], Default = "left" },
    ]);

    public static readonly BlockType Video = new("video", "Video", "A factory tour or product demonstration (MP4 or WebM).", BlockPlacement.Anywhere,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100 },
        new("url", "Video address", BlockFieldKind.Link) { Required = true, Help = "An https address of an MP4 or WebM file." },
        new("poster", "Poster image", BlockFieldKind.Image),
        new("caption", "Caption", BlockFieldKind.Text) { MaxLength = 200 },
    ]);

    public static readonly BlockType ContactForm = new("contact-form", "Contact / RFQ form", "Buyers send a message or a request for quotation; it arrives in the inquiries list.", BlockPlacement.Anywhere,
    [
        new("title", "Title", BlockFieldKind.Text) { MaxLength = 100, Default = "Request a quote" },
        new("intro", "Introduction", BlockFieldKind.MultilineText) { MaxLength = 500 },
    ]);

    public static IEnumerable<BlockType> All => [BannerCarousel, RichText, ImageText, Video, ContactForm];
}
