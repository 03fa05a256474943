namespace SaaS.Merchants.Applications;

public sealed record RejectRequest(string? Reason);
