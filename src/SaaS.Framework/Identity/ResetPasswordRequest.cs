namespace SaaS.Identity;

public sealed record ResetPasswordRequest(string? Email, string? ResetCode, string? NewPassword);
