namespace SaaS.Merchants.Merchants;

/// <summary>An approved seller of the marketplace.</summary>
public sealed class Merchant
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; init; }

    public required string CreditCode { get; init; }

    public required string Categories { get; init; }

    public required string OwnerUserId { get; init; }

    public MerchantStatus Status { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }
}
