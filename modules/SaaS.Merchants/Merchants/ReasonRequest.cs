namespace SaaS.Merchants.Merchants;

/// <summary>A decision's reason (rejection, suspension), which the merchant will read.</summary>
public sealed record ReasonRequest(string? Reason);
