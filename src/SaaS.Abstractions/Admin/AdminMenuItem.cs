using SaaS.Security;

namespace SaaS.Admin;

/// <summary>An entry of the tenant admin menu; shown to users holding its permission, while its feature is on.</summary>
public sealed record AdminMenuItem(string Title, string Path, Permission Permission, int Order, string? FeatureId = null);
