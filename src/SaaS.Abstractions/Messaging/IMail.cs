namespace SaaS.Messaging;

/// <summary>
/// Sends a plain-text e-mail from the current tenant at once, while the person waits (a reset code, an invitation):
/// as an .eml file in the tenant's mail pickup folder, or through the marketplace's SMTP server when the messaging
/// module has one.
/// </summary>
public interface IMail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);

    /// <summary>An e-mail the marketplace may word itself: the messaging module renders its template of the mail's event; without one the mail's own words go.</summary>
    Task SendAsync(AccountMail mail, CancellationToken cancellationToken) => SendAsync(mail.To, mail.Subject, mail.Body, cancellationToken);
}

/// <param name="Event">The message catalog's event (e.g. <c>account.password-reset</c>) whose template words it.</param>
/// <param name="Subject">The words used when no template does.</param>
/// <param name="Values">What the template may show (e.g. <c>code</c>, <c>link</c>).</param>
/// <param name="UserId">The account it is about, whose chosen language words it; else the marketplace's language.</param>
public sealed record AccountMail(string To, string Event, string Subject, string Body, IReadOnlyDictionary<string, string> Values, string? UserId = null);
