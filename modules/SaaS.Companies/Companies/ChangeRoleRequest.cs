namespace SaaS.Companies.Companies;

public sealed record ChangeRoleRequest(string? Role);
