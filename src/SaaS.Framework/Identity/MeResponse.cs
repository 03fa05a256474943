namespace SaaS.Identity;

public sealed record MeResponse(string Email, IReadOnlyList<string> Roles, string Tenant);
