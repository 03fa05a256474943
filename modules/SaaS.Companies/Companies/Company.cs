namespace SaaS.Companies.Companies;

/// <summary>A buyer company of the marketplace.</summary>
public sealed class Company
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string CreditCode { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }
}
