using SaaS.Orders.Storefront;

namespace SaaS.Orders.Rfqs;

/// <summary>The buyer's list of quote requests, filtered by state.</summary>
public sealed record RfqListModel(PageForm Form, IReadOnlyList<RfqTab> Tabs, IReadOnlyList<RfqRow> Rfqs);
