namespace SaaS.Messaging.Templates;

/// <summary>The Liquid of one message: subject (e-mail subject, inbox title), body (e-mail HTML, SMS or inbox text), and an e-mail's text part.</summary>
public sealed record TemplateSource(string? Subject, string Body, string? Text);

/// <summary>A message as its recipient will read it.</summary>
public sealed record RenderedMessage(string? Subject, string Body, string? Text);
