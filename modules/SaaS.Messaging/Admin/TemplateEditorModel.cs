using SaaS.Messaging.Templates;

namespace SaaS.Messaging.Admin;

/// <summary>
/// The template editor of one event on one channel in one locale: what is saved, what the fields show (what was
/// typed when a preview or save was refused), the messages at the fields, and the sample rendered.
/// </summary>
/// <param name="PreviewApi">The JSON preview endpoint the page's script posts the fields to as they are typed.</param>
public sealed record TemplateEditorModel(
    string Event, string Description, string Channel, string Locale, IReadOnlyList<TemplateTab> Tabs, TemplateView Saved,
    IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, PreviewView? Preview, string PreviewApi, string? Message)
{
    public bool HasSubject => Channel != Catalog.ChannelNames.Sms;

    public bool HasText => Channel == Catalog.ChannelNames.Email;
}
