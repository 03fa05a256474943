namespace SaaS.Merchants.Events;

/// <summary>
/// A movement of a merchant's security deposit was recorded, in its transaction: payments books what the operator
/// recorded by hand. <paramref name="BookedByPayments"/> marks a deposit paid through payments, booked there already.
/// </summary>
/// <param name="Kind"><c>Payment</c>, <c>Refund</c> or <c>Forfeiture</c>.</param>
public sealed record DepositRecorded(Guid MerchantId, Guid EntryId, string Kind, decimal Amount, string Reference, bool BookedByPayments);
