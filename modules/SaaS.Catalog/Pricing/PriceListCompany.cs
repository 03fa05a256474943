namespace SaaS.Catalog.Pricing;

public sealed class PriceListCompany
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid PriceListId { get; init; }

    public Guid CompanyId { get; init; }
}
