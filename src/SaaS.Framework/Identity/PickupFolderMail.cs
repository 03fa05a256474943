using System.Text;
using SaaS.Tenants;

namespace SaaS.Identity;

/// <summary>
/// Drops account e-mails (password reset codes) as .eml files in the tenant's Mail folder until the messaging
/// module delivers them through SMTP.
/// </summary>
public sealed class PickupFolderMail(ITenant tenant, TimeProvider clock) : SaaS.Messaging.IMail
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(tenant.FilesPath, "Mail");
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        var message = new StringBuilder()
            .Append("From: no-reply@").Append(tenant.Name).Append(".local\r\n")
            .Append("To: ").Append(to).Append("\r\n")
            .Append("Subject: ").Append(subject).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r")).Append("\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(body).Append("\r\n");
        var file = Path.Combine(folder, $"{now:yyyyMMddHHmmssfff}-{Guid.CreateVersion7():N}.eml");
        await File.WriteAllTextAsync(file, message.ToString(), Encoding.UTF8, cancellationToken);
    }
}
