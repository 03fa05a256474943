namespace SaaS.Messaging;

/// <summary>
/// Sends a plain-text e-mail from the current tenant. Until the messaging module brings SMTP, templates and an
/// outbox, it lands as an .eml file in the tenant's mail pickup folder.
/// </summary>
public interface IMail
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}
