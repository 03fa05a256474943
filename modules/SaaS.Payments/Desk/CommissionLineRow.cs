using SaaS.Payments.Settlement;

namespace SaaS.Payments.Desk;

/// <summary>The commission of one order line on a statement, its rate written without trailing zeros.</summary>
public sealed record CommissionLineRow(LineCommissionView Commission, string Rate);
