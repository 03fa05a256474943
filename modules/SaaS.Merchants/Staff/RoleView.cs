namespace SaaS.Merchants.Staff;

public sealed record RoleView(Guid Id, string Name, string? Template, IReadOnlyList<string> Permissions, int Members);
