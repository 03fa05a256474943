using Microsoft.EntityFrameworkCore;
using SaaS.Companies;
using SaaS.Merchants;
using SaaS.Orders.Checkout;

namespace SaaS.Orders.Rfqs;

/// <summary>RFQs as both sides read them, with the buyer company's and the merchant's names looked up.</summary>
public sealed class RfqViews(ICompanyDirectory companies, IMerchantDirectory merchants)
{
    public async Task<RfqView> ViewAsync(Rfq rfq, CancellationToken cancellationToken)
    {
        var company = (await companies.FindAsync([rfq.CompanyId], cancellationToken)).GetValueOrDefault(rfq.CompanyId)?.Name ?? "";
        var merchant = (await merchants.FindAsync([rfq.MerchantId], cancellationToken)).GetValueOrDefault(rfq.MerchantId)?.Name ?? "";
        var items = rfq.Items.OrderBy(i => i.Position).Select(i => new RfqItemView(i.Id, i.SkuId, i.SkuCode, i.Title, i.Unit, i.Quantity, i.TargetPrice, i.UnitPrice,
            i.UnitPrice is { } price ? PricedLine.Total(price, i.Quantity) : null)).ToList();
        var quote = rfq is { QuotedUtc: { } quoted, ValidUntil: { } validUntil } ? new RfqQuoteView(items.Sum(i => i.LineTotal ?? 0), validUntil, rfq.Terms, quoted) : null;
        // The buyer deals with the merchant, not with whichever member of its staff answered.
        var thread = rfq.Messages.OrderBy(m => m.AtUtc).ThenBy(m => m.Id)
            .Select(m => new RfqMessageView(m.AtUtc, m.Side, m.Side == RfqMessage.MerchantSide ? merchant : m.Author, m.Kind, m.Body)).ToList();
        return new RfqView(rfq.Id, rfq.Number, rfq.State.ToString(), rfq.CompanyId, company, rfq.MerchantId, merchant, rfq.BuyerEmail, rfq.DeliveryDate, rfq.Note,
            rfq.RequestedUtc, rfq.State is RfqState.Requested or RfqState.Quoted ? rfq.ExpiresUtc : null, quote, rfq.DeclineReason, rfq.OrderId, items, thread);
    }

    /// <summary>Newest first by the time-ordered id (SQLite cannot order by DateTimeOffset), at most 200.</summary>
    public async Task<IReadOnlyList<RfqSummary>> SummariesAsync(IQueryable<Rfq> rfqs, RfqState? state, CancellationToken cancellationToken)
    {
        var rows = await rfqs.AsNoTracking().Where(r => state == null || r.State == state).OrderByDescending(r => r.Id).Take(200)
            .Select(r => new { r.Id, r.Number, r.State, r.CompanyId, r.MerchantId, r.RequestedUtc, r.QuotedUtc, r.ValidUntil, Items = r.Items.Select(i => new { i.Quantity, i.UnitPrice }).ToList() })
            .ToListAsync(cancellationToken);
        var companyNames = await companies.FindAsync(rows.Select(r => r.CompanyId).Distinct().ToList(), cancellationToken);
        var merchantNames = await merchants.FindAsync(rows.Select(r => r.MerchantId).Distinct().ToList(), cancellationToken);
        // Decimals are summed here, not in SQL: SQLite cannot sum them.
        return rows.Select(r => new RfqSummary(r.Id, r.Number, r.State.ToString(), r.CompanyId, companyNames.GetValueOrDefault(r.CompanyId)?.Name ?? "",
            r.MerchantId, merchantNames.GetValueOrDefault(r.MerchantId)?.Name ?? "", r.Items.Count,
            r.QuotedUtc is null ? null : r.Items.Sum(i => PricedLine.Total(i.UnitPrice ?? 0, i.Quantity)), r.RequestedUtc, r.ValidUntil)).ToList();
    }
}
