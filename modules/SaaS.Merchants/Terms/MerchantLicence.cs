namespace SaaS.Merchants.Terms;

/// <summary>An industry licence as the applicant declared it; it moves to the merchant on approval.</summary>
public sealed class MerchantLicence
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? ApplicationId { get; init; }

    public Guid? MerchantId { get; set; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Number { get; set; }

    public DateOnly ExpiresOn { get; set; }

    /// <summary>The expiry date the merchant was warned about; keyed by date, so a renewed licence is watched afresh.</summary>
    public DateOnly? ExpiringNoticeFor { get; set; }

    /// <summary>The expiry date the merchant was told had passed.</summary>
    public DateOnly? ExpiredNoticeFor { get; set; }
}
