namespace SaaS.Merchants.Terms;

public sealed record AcceptRequest(int? Version);
