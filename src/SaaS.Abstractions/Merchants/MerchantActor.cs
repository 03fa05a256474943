namespace SaaS.Merchants;

/// <summary>
/// The signed-in user as the merchant they act for: the only source of a merchant id for merchant endpoints,
/// so no request can name another merchant's data.
/// </summary>
public sealed record MerchantActor(Guid MerchantId, string UserId, bool IsOwner, IReadOnlySet<string> Permissions)
{
    /// <summary>Owners hold every permission; staff hold their role's.</summary>
    public bool Has(MerchantPermission permission) => IsOwner || Permissions.Contains(permission.Name);
}
