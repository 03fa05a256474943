namespace SaaS.Orders.Rfqs;

public sealed record RfqRequest(Guid? MerchantId, IReadOnlyList<RfqItemRequest>? Items, DateOnly? DeliveryDate, string? Note);
