namespace SaaS.Merchants.Center;

/// <summary>What the merchant center's frame shows around every page: the merchant, the member's navigation, a notice.</summary>
public sealed record CenterFrame(
    string MerchantName, bool Suspended, IReadOnlyList<CenterNavItem> Nav, string AntiforgeryField, string AntiforgeryToken, string? Message);
