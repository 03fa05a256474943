namespace SaaS.Companies.Companies;

public sealed record InviteMemberRequest(string? Email, string? Role);
