namespace SaaS.Merchants.Staff;

public sealed record StaffView(string UserId, string Email, bool IsOwner, Guid? RoleId, string? RoleName, bool Disabled, DateTimeOffset JoinedUtc);
