namespace SaaS.Messaging.Storefront;

/// <summary>What every form of the account's messaging pages needs: the antiforgery token, and the notice a redirect brought.</summary>
public sealed record AccountPageForm(string AntiforgeryField, string AntiforgeryToken, string? Notice);
