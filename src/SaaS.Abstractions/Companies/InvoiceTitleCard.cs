namespace SaaS.Companies;

/// <summary>A company's invoice title (发票抬头), as an order keeps a copy of it.</summary>
public sealed record InvoiceTitleCard(Guid Id, string Title, string TaxId, string Bank, string BankAccount, string Address, string Phone);
