namespace SaaS.Identity;

public sealed record AccountLinkView(string Title, string Href);
