using SaaS.Identity;

namespace SaaS.Admin;

public sealed record UsersModel(
    IReadOnlyList<UserRow> Users, IReadOnlyList<string> AllRoles, string? Message, string? Error, string? InviteEmail, string? InviteError);
