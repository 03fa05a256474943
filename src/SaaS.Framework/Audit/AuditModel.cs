namespace SaaS.Audit;

public sealed record AuditModel(IReadOnlyList<AuditEntry> Entries, string? Query);
