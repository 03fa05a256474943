namespace SaaS.Merchants.Merchants;

/// <summary>A user acting for a merchant: its owner or a member of its staff. A user acts for one merchant.</summary>
public sealed class MerchantMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MerchantId { get; init; }

    public required string UserId { get; init; }

    public string Email { get; init; } = "";

    public bool IsOwner { get; set; }

    /// <summary>The staff role; owners have none, they hold every permission.</summary>
    public Guid? RoleId { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset JoinedUtc { get; init; }
}
