namespace SaaS.Identity;

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RegisterRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? ResetCode, string? NewPassword);

public sealed record MeResponse(string Email, IReadOnlyList<string> Roles, string Tenant);
