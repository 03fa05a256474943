namespace SaaS.Catalog.Reviews;

public sealed record ReasonBody(string? Reason);
