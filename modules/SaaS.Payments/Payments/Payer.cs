using SaaS.Companies;
using SaaS.Merchants;

namespace SaaS.Payments.Payments;

/// <summary>
/// Who is paying, as the signed-in user's membership says: a buyer company for orders, a merchant for its deposit.
/// The only source of the payer's id, so no request can reach another's payment. <paramref name="Path"/> is where
/// that payer's payments are served, so the links a view carries stay behind the same guard.
/// </summary>
public sealed record Payer(Guid? CompanyId, Guid? MerchantId, string Email, string Path)
{
    public const string CompanyPath = "/api/payments";
    public const string MerchantPath = "/api/merchant/deposit/payments";

    public static Payer Company(CompanyBuyer buyer) => new(buyer.Company.Id, null, buyer.Email, CompanyPath);

    public static Payer Merchant(MerchantActor actor) => new(null, actor.MerchantId, actor.Email, MerchantPath);
}
