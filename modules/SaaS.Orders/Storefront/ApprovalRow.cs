using SaaS.Orders.Orders;

namespace SaaS.Orders.Storefront;

/// <summary>An order waiting for approval: who placed it, what it holds, and the refusal of the approver's last decision on it.</summary>
public sealed record ApprovalRow(BuyerOrderRow Order, string PlacedBy, IReadOnlyList<OrderLineView> Lines, string RejectReason, string? Error);
