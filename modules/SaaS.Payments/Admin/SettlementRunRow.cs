using SaaS.Payments.Settlement;

namespace SaaS.Payments.Admin;

/// <summary>A settlement run with its start and end told in the marketplace's time zone.</summary>
public sealed record SettlementRunRow(SettlementRun Run, DateTimeOffset Started, DateTimeOffset? Finished);
