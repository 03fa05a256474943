namespace SaaS.Merchants.Merchants;

/// <summary>An approved seller of the marketplace.</summary>
public sealed class Merchant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; init; }

    public required string CreditCode { get; init; }

    /// <summary>Comma-separated categories the merchant sells in.</summary>
    public required string Categories { get; set; }

    public required string OwnerUserId { get; set; }

    public string LegalRepresentative { get; set; } = "";

    public string ContactName { get; set; } = "";

    public string Mobile { get; set; } = "";

    public string Email { get; set; } = "";

    public string Address { get; set; } = "";

    public string Description { get; set; } = "";

    public MerchantStatus Status { get; set; }

    public string? SuspensionReason { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }
}
