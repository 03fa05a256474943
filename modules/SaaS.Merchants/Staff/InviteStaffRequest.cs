namespace SaaS.Merchants.Staff;

public sealed record InviteStaffRequest(string? Email, Guid? RoleId);
