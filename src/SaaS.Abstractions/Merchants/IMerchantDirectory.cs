namespace SaaS.Merchants;

/// <summary>What other modules may know of merchants: names for cards and links, and whether they trade.</summary>
public interface IMerchantDirectory
{
    Task<IReadOnlyDictionary<Guid, MerchantCard>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Ids of merchants whose goods may be shown: approved and not suspended.</summary>
    Task<IReadOnlySet<Guid>> ActiveAsync(CancellationToken cancellationToken);

    /// <summary>The merchant with this unified social credit code, and its owner: how recipes and imports name merchants.</summary>
    Task<MerchantActor?> OwnerByCreditCodeAsync(string creditCode, CancellationToken cancellationToken);

    /// <summary>
    /// The merchant's owner and its enabled staff whose role grants <paramref name="permission"/> (every enabled member
    /// when null): who hears about the merchant's orders, money and licences.
    /// </summary>
    Task<IReadOnlyList<MerchantTeamMember>> TeamAsync(Guid merchantId, string? permission, CancellationToken cancellationToken);
}

public sealed record MerchantTeamMember(string UserId, string Email, bool IsOwner);
