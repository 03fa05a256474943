using SaaS.Companies.Verification;

namespace SaaS.Companies.Companies;

/// <summary>A buyer company of the marketplace.</summary>
public sealed class Company
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public required string CreditCode { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>Whether the operator has checked that the company is who it says it is.</summary>
    public VerificationStatus VerificationStatus { get; set; }

    /// <summary>Why the operator refused verification; shown to the company's members.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>The operator who last verified or rejected the company, and when.</summary>
    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedUtc { get; set; }
}
