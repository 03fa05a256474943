namespace SaaS.Orders.Rfqs;

/// <summary>Published when one side writes in the thread: messaging tells the other side (<paramref name="Side"/> is the writer's).</summary>
public sealed record RfqMessagePosted(Guid RfqId, string Number, Guid CompanyId, Guid MerchantId, string Side);
