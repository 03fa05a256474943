namespace SaaS.Companies.Companies;

/// <summary>发票抬头: what goes on the company's VAT invoices.</summary>
public sealed class InvoiceTitle
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CompanyId { get; init; }

    public required string Title { get; init; }

    /// <summary>纳税人识别号: the company's unified social credit code.</summary>
    public required string TaxId { get; init; }

    public required string Bank { get; init; }

    public required string BankAccount { get; init; }

    public required string Address { get; init; }

    public required string Phone { get; init; }
}
