namespace SaaS.Security;

/// <summary>Something a role may be allowed to do. Modules declare theirs; roles are granted them by name.</summary>
public sealed record Permission(string Name, string Description, string Category);
