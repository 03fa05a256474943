namespace SaaS.Merchants.Terms;

/// <summary>Evidence that a merchant accepted a version of the agreement: who, when, from where.</summary>
public sealed class AgreementAcceptance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public int Version { get; init; }

    public required string UserId { get; init; }

    public required string UserEmail { get; init; }

    public DateTimeOffset AcceptedUtc { get; init; }

    public required string IpAddress { get; init; }
}
