namespace SaaS.Audit;

public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Action { get; init; }

    public required string Subject { get; init; }

    public required string Actor { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public DateTimeOffset AtUtc { get; init; }
}
