namespace SaaS.Merchants.Center;

public sealed record CenterDeniedModel(string Reason);
