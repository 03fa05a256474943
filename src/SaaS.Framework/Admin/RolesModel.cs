using SaaS.Identity;

namespace SaaS.Admin;

public sealed record RolesModel(IReadOnlyList<RoleRow> Roles, string? Message, string? Error);
