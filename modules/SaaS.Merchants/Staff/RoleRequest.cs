namespace SaaS.Merchants.Staff;

public sealed record RoleRequest(string? Name, IReadOnlyList<string>? Permissions);
