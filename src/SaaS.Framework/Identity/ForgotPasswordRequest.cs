namespace SaaS.Identity;

public sealed record ForgotPasswordRequest(string? Email);
