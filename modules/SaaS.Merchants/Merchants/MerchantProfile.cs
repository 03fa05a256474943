namespace SaaS.Merchants.Merchants;

/// <summary>The merchant as its own people see it, with what the signed-in member may do.</summary>
public sealed record MerchantProfile(
    Guid Id, string Name, string CreditCode, IReadOnlyList<string> Categories, string Status, string? SuspensionReason,
    string LegalRepresentative, string ContactName, string Mobile, string Email, string Address, string Description,
    bool IsOwner, IReadOnlyList<string> Permissions)
{
    public static MerchantProfile From(Merchant m, MerchantActor actor) => new(
        m.Id, m.Name, m.CreditCode, MerchantListing.From(m).Categories, m.Status.ToString(), m.SuspensionReason,
        m.LegalRepresentative, m.ContactName, m.Mobile, m.Email, m.Address, m.Description,
        actor.IsOwner, actor.Permissions.Order(StringComparer.Ordinal).ToList());
}
