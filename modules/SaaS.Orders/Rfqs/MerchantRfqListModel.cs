namespace SaaS.Orders.Rfqs;

/// <summary>The merchant center's list of quote requests, filtered by state.</summary>
public sealed record MerchantRfqListModel(IReadOnlyList<RfqTab> Tabs, IReadOnlyList<RfqRow> Rfqs);
