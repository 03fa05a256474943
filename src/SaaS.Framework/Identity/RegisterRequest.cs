namespace SaaS.Identity;

public sealed record RegisterRequest(string? Email, string? Password);
