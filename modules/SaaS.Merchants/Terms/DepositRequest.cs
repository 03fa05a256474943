namespace SaaS.Merchants.Terms;

public sealed record DepositRequest(string? Kind, decimal? Amount, string? Reference, string? Note);
