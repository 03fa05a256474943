namespace SaaS.Merchants;

/// <summary>
/// The signed-in user as the merchant they act for: the only source of a merchant id for merchant endpoints,
/// so no request can name another merchant's data.
/// </summary>
public sealed record MerchantActor(Guid MerchantId, string UserId, bool IsOwner, IReadOnlySet<string> Permissions)
{
    /// <summary>How timelines and audit entries name the person: their sign-in e-mail when the request carries it.</summary>
    public string Email { get; init; } = UserId;

    /// <summary>Owners hold every permission; staff hold their role's.</summary>
    public bool Has(MerchantPermission permission) => IsOwner || Permissions.Contains(permission.Name);
}
