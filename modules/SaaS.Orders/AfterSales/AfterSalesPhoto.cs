namespace SaaS.Orders.AfterSales;

/// <summary>
/// A photo the buyer uploaded as evidence. It is stored outside the public media folder and served only to the
/// order's company and merchant; it belongs to the order from upload and to a request once one cites it.
/// </summary>
public sealed class AfterSalesPhoto
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrderId { get; init; }

    public Guid? RequestId { get; set; }

    public required string FileName { get; init; }

    public DateTimeOffset UploadedUtc { get; init; }
}
