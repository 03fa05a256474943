namespace SaaS.Companies.Companies;

public sealed record InvoiceTitleRequest(string? Title, string? TaxId, string? Bank, string? BankAccount, string? Address, string? Phone);
