using SaaS.Messaging.Outbox;

namespace SaaS.Messaging.Admin;

/// <param name="Error">Why a retry was refused (the message is no longer a dead letter).</param>
public sealed record DeliveryDetailModel(DeliveryDetail Detail, string? Message, string? Error);
