namespace SaaS.Bench;

/// <summary>The part of the operator API's tenant that the bench reads.</summary>
public sealed record TenantReply(string Name, string State, bool Active, IReadOnlyList<string> Urls);
