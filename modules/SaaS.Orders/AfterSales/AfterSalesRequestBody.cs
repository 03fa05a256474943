namespace SaaS.Orders.AfterSales;

public sealed record AfterSalesRequestBody(string? Kind, string? Reason, IReadOnlyList<AfterSalesItemRequest>? Items, IReadOnlyList<Guid>? PhotoIds);

public sealed record AfterSalesItemRequest(Guid? LineId, int? Quantity);

public sealed record ReturnShipmentRequest(string? Carrier, string? TrackingNumber);

public sealed record AcceptAfterSalesRequest(decimal? RefundAmount);

public sealed record ReceiveReturnRequest(decimal? RefundAmount);

public sealed record RejectAfterSalesRequest(string? Reason);

public sealed record AfterSalesPhotoUploaded(Guid Id, string Url);
