namespace SaaS.Merchants.Terms;

public sealed record AgreementRequest(string? Title, string? Body);
