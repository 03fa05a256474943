namespace SaaS.Merchants.Terms;

/// <summary>One published text of the merchant agreement; an edit publishes the next version, never rewrites one.</summary>
public sealed class AgreementVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Version { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset PublishedUtc { get; init; }

    public required string PublishedBy { get; init; }
}
