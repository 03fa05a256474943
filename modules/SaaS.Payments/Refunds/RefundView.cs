namespace SaaS.Payments.Refunds;

public sealed record RefundView(
    Guid Id, Guid OrderId, Guid MerchantId, Guid? AfterSalesId, string Method, decimal Amount, decimal MerchantShare, decimal CommissionShare, string Reason,
    string State, string? ProviderReference, string? LastError, DateTimeOffset CreatedUtc, DateTimeOffset? SentUtc)
{
    public static RefundView Of(Refund r) => new(
        r.Id, r.OrderId, r.MerchantId, r.AfterSalesId, r.Method, r.Amount, r.MerchantShare, r.CommissionShare, r.Reason, r.State.ToString(), r.ProviderReference, r.LastError,
        r.CreatedUtc, r.SentUtc);
}
