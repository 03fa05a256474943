namespace SaaS.Companies.Companies;

/// <summary>A delivery address of a company's address book.</summary>
public sealed class CompanyAddress
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CompanyId { get; init; }

    public required string Label { get; init; }

    public required string Recipient { get; init; }

    public required string Phone { get; init; }

    public required string Region { get; init; }

    public required string Street { get; init; }

    public bool IsDefault { get; set; }
}
