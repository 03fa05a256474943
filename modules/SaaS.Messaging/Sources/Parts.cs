using SaaS.Companies;
using SaaS.Merchants;

namespace SaaS.Messaging.Sources;

/// <summary>The names payloads show for the parties of an event, read through the modules' directories.</summary>
public sealed class Parts(IMerchantDirectory merchants, ICompanyDirectory companies)
{
    public async Task<Dictionary<string, object?>> MerchantAsync(Guid merchantId, CancellationToken cancellationToken) =>
        new() { ["name"] = (await merchants.FindAsync([merchantId], cancellationToken)).GetValueOrDefault(merchantId)?.Name ?? "" };

    public async Task<Dictionary<string, object?>> CompanyAsync(Guid companyId, CancellationToken cancellationToken) =>
        new() { ["name"] = (await companies.FindAsync([companyId], cancellationToken)).GetValueOrDefault(companyId)?.Name ?? "" };

    /// <summary>How an order is called in messages: the end of its id, which (unlike the start of a v7 id) differs between orders placed together.</summary>
    public static string OrderNumber(Guid orderId) => orderId.ToString("N")[^8..].ToUpperInvariant();
}
