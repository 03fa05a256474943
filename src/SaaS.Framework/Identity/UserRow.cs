namespace SaaS.Identity;

public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool Disabled, bool IsSelf);
