namespace SaaS.Identity;

public sealed record LoginRequest(string? Email, string? Password);
