namespace SaaS.Identity;

public sealed record RefreshRequest(string? RefreshToken);
