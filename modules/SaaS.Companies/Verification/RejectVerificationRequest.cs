namespace SaaS.Companies.Verification;

public sealed record RejectVerificationRequest(string? Reason);
