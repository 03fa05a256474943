using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SaaS.Messaging.Catalog;
using SaaS.Messaging.Data;
using SaaS.Messaging.Settings;
using SaaS.Problems;

namespace SaaS.Messaging.Channels;

/// <summary>The operator's webhook endpoints. The signing secret is shown once, when the endpoint is made, and stored encrypted.</summary>
public sealed class WebhookEndpoints(MessagingDbContext db, MessagingSettingsStore secrets, MessagingOptions options, TimeProvider clock)
{
    public async Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken)).Select(WebhookView.Of).ToList();

    public async Task<CreatedWebhook> CreateAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")) errors["url"] = ["Give the endpoint's http(s) address."];
        else if (url.ToString().Length > 500) errors["url"] = ["At most 500 characters."];
        var events = (request.Events ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).Distinct().ToList();
        if (events.Count == 0) errors["events"] = ["Subscribe to at least one event, or * for all."];
        var unknown = events.Where(e => e != "*" && MessageEventCatalog.Find(e) is null).ToList();
        if (unknown.Count > 0) errors["events"] = [$"Unknown events: {string.Join(", ", unknown)}."];
        if (request.Description?.Length > 200) errors["description"] = ["At most 200 characters."];
        if (!errors.ContainsKey("url") && !options.AllowPrivateWebhookAddresses)
        {
            if (await WebhookAddresses.InwardAsync(url!.DnsSafeHost, cancellationToken) is { } inward) errors["url"] = [inward];
        }
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        var endpoint = new WebhookEndpoint
        {
            Url = url!.ToString(), Description = request.Description?.Trim(), Events = events.Contains("*") ? "*" : string.Join(',', events),
            SecretProtected = secrets.Protect(secret), CreatedUtc = clock.GetUtcNow(),
        };
        db.Webhooks.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedWebhook(WebhookView.Of(endpoint), secret);
    }

    public async Task<WebhookView> SetEnabledAsync(Guid id, bool enabled, CancellationToken cancellationToken)
    {
        var endpoint = await db.Webhooks.SingleOrDefaultAsync(w => w.Id == id, cancellationToken) ?? throw new NotFoundException("webhook", "There is no such webhook endpoint.");
        endpoint.Enabled = enabled;
        await db.SaveChangesAsync(cancellationToken);
        return WebhookView.Of(endpoint);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Webhooks.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken) == 0) throw new NotFoundException("webhook", "There is no such webhook endpoint.");
    }
}

public sealed record WebhookRequest(string? Url, IReadOnlyList<string>? Events, string? Description);

public sealed record WebhookView(Guid Id, string Url, string? Description, IReadOnlyList<string> Events, bool Enabled, DateTimeOffset CreatedUtc)
{
    public static WebhookView Of(WebhookEndpoint e) => new(e.Id, e.Url, e.Description, e.Events.Split(','), e.Enabled, e.CreatedUtc);
}

/// <param name="Secret">The signing secret, shown this once.</param>
public sealed record CreatedWebhook(WebhookView Endpoint, string Secret);
