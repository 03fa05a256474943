namespace SaaS.Merchants.Applications;

/// <summary>An enterprise asking to sell in the marketplace, with its business licence, until the operator decides.</summary>
public sealed class MerchantApplication
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ApplicationStatus Status { get; set; }

    /// <summary>A draft may leave any field but the e-mail empty.</summary>
    public string LegalName { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string LegalRepresentative { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string Mobile { get; set; } = "";

    public string Email { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>Comma-separated categories the applicant will sell in.</summary>
    public string Categories { get; set; } = "";

    /// <summary>File name of the business licence under the tenant's Merchants/Applications/{id} folder.</summary>
    public string LicenceFile { get; set; } = "";

    public string LicenceContentType { get; set; } = "";

    /// <summary>When it was submitted, or last saved while a draft.</summary>
    public DateTimeOffset SubmittedUtc { get; set; }

    public DateTimeOffset? ReviewedUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public string? RejectionReason { get; set; }

    public Guid? MerchantId { get; set; }

    /// <summary>SHA-256 of the token in the link that resumes a draft; cleared on submission.</summary>
    public string? DraftTokenHash { get; set; }
}
