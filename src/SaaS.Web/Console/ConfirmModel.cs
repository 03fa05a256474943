namespace SaaS.Web.Console;

/// <summary>"Really disable / enable / delete this marketplace?"</summary>
public sealed record ConfirmModel(string Tenant, string Action, string? Error);
