namespace SaaS.Admin;

/// <summary>A menu entry as the admin layout shows it.</summary>
public sealed record AdminMenuView(string Title, string Url, bool Current);
