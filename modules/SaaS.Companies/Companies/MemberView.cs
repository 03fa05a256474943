namespace SaaS.Companies.Companies;

public sealed record MemberView(string Email, string Role);
