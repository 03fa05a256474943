namespace SaaS.Merchants.Applications;

/// <summary>An enterprise asking to sell in the marketplace, with its business licence, until the operator decides.</summary>
public sealed class MerchantApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ApplicationStatus Status { get; set; }

    public required string LegalName { get; init; }

    public required string CreditCode { get; init; }

    public required string LegalRepresentative { get; init; }

    public required string ContactName { get; init; }

    public required string Mobile { get; init; }

    public required string Email { get; init; }

    public required string Address { get; init; }

    /// <summary>Comma-separated categories the applicant will sell in.</summary>
    public required string Categories { get; init; }

    /// <summary>File name of the business licence under the tenant's Merchants/Applications/{id} folder.</summary>
    public required string LicenceFile { get; init; }

    public required string LicenceContentType { get; init; }

    public DateTimeOffset SubmittedUtc { get; init; }

    public DateTimeOffset? ReviewedUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public string? RejectionReason { get; set; }

    public Guid? MerchantId { get; set; }
}
