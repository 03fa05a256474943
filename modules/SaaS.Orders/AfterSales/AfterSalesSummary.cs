namespace SaaS.Orders.AfterSales;

public sealed record AfterSalesSummary(Guid Id, Guid OrderId, string Number, string Kind, string State, decimal ClaimedAmount, decimal? RefundAmount, DateTimeOffset RequestedUtc)
{
    public static AfterSalesSummary From(AfterSalesRequest r) =>
        new(r.Id, r.OrderId, AfterSalesView.NumberOf(r), r.Kind.ToString(), r.State.ToString(), r.ClaimedAmount, r.RefundAmount, r.RequestedUtc);
}
